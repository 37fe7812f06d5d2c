using System.Text.Json;

namespace Dyad.Output.Tests;

public class EventWriterTests
{
    private static string Write(EventFormat format, params Core.Events.CodedEvent[] events)
    {
        var sw = new StringWriter();
        using (var w = EventWriters.Create(format, sw))
            foreach (var e in events) w.Write(e);
        return sw.ToString();
    }

    [Fact]
    public void JsonLinesFollowsSchemaOne()
    {
        var line = Write(EventFormat.JsonLines, SampleEvents.Expulsion());
        Assert.EndsWith("\n", line, StringComparison.Ordinal);
        Assert.Single(line.TrimEnd('\n').Split('\n'));
        using var json = JsonDocument.Parse(line);
        var r = json.RootElement;
        Assert.Equal("nato.txt", r.GetProperty("doc").GetString());
        Assert.Equal("IGOWSTNAT", r.GetProperty("source").GetProperty("code").GetString());
        Assert.Equal(14, r.GetProperty("target").GetProperty("start").GetInt32());
        Assert.Equal("161", r.GetProperty("cameo").GetString());
        Assert.Equal(4, r.GetProperty("quad_class").GetInt32());
        Assert.Equal(-4.0, r.GetProperty("goldstein").GetDouble());
        Assert.Equal("SANCTION", r.GetProperty("plover").GetProperty("type").GetString());
        Assert.Equal("2021-10-06", r.GetProperty("date").GetString());
        Assert.Equal("day", r.GetProperty("date_precision").GetString());
        Assert.Equal("2021-10-07", r.GetProperty("reported").GetString());
        Assert.Equal(50.85, r.GetProperty("location").GetProperty("lat").GetDouble());
        Assert.Equal(8, r.GetProperty("quantity").GetProperty("count").GetInt32());
        Assert.Equal("asserted", r.GetProperty("modality").GetString());
        Assert.Equal("expelled", r.GetProperty("trigger").GetProperty("text").GetString());
        Assert.Equal("expel-diplomats", r.GetProperty("rule").GetString());
        Assert.Contains("\"spies\"", r.GetProperty("sentence").GetString(), StringComparison.Ordinal);
        string[] order = ["doc", "event_id", "source", "target", "cameo", "cameo_name", "goldstein", "quad_class", "plover", "date", "date_precision", "reported", "location", "quantity", "modality", "sentence", "trigger", "rule", "confidence", "evidence"];
        Assert.Equal(order, r.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void UnknownValuesAreNull()
    {
        var e = SampleEvents.Expulsion() with { Date = null, Location = null, Quantity = null };
        using var json = JsonDocument.Parse(Write(EventFormat.JsonLines, e));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("date").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("location").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("quantity").ValueKind);
    }

    [Fact]
    public void CsvHasHeaderAndQuotesFields()
    {
        var lines = Write(EventFormat.Csv, SampleEvents.Expulsion(), SampleEvents.Expulsion()).TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("doc,event_id,date,", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"NATO expelled eight Russian diplomats, saying they were \"\"spies\"\".\"", lines[1], StringComparison.Ordinal);
        Assert.Contains(",IGOWSTNAT,NATO,NATO,RUSGOV,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void GdeltHasSixtyOneColumnsInItsOrder()
    {
        var cols = Write(EventFormat.Gdelt, SampleEvents.Expulsion()).TrimEnd('\n').Split('\t');
        Assert.Equal(61, cols.Length);
        Assert.Equal("20211006", cols[1]);
        Assert.Equal("202110", cols[2]);
        Assert.Equal("2021", cols[3]);
        Assert.Equal("IGOWSTNAT", cols[5]);
        Assert.Equal("NAT", cols[8]);
        Assert.Equal("RUSGOV", cols[15]);
        Assert.Equal("RUS", cols[17]);
        Assert.Equal("GOV", cols[22]);
        Assert.Equal("161", cols[26]);
        Assert.Equal("161", cols[27]);
        Assert.Equal("16", cols[28]);
        Assert.Equal("4", cols[29]);
        Assert.Equal("-4.0", cols[30]);
        Assert.Equal("Brussels", cols[52]);
        Assert.Equal("50.85", cols[56]);
        Assert.Equal("20211007000000", cols[59]);
        Assert.Equal("nato.txt", cols[60]);
    }
}
