using System.Text;
using System.Text.Json;
using Dyad.Output;
using Dyad.Storage.Export;
using Dyad.Storage.Queries;
using Parquet;
using static Dyad.Storage.Tests.TestData;

namespace Dyad.Storage.Tests;

public sealed class ExportTests : IDisposable
{
    private readonly IEventStore _store = EventStore.Open(":memory:");

    public ExportTests() => _store.Store([
        Doc("a", "https://a.example/1", Event("a", "IGOWSTNAT", "RUSSPY", "161", "2021-10-06", count: 8, place: "Brussels", country: "BEL", lat: 50.85, lon: 4.35)),
        Doc("b", "https://b.example/1", Event("b", "IGOWSTNAT", "RUSSPY", "161", "2021-10-06", count: 8)),
        Doc("c", null, Event("c", "USA", "CHN", "036", "2022-05", plover: "CONSULT", goldstein: 4, sentence: "Talks, \"soon\", in\tGeneva.")),
    ]);

    public void Dispose() => _store.Dispose();

    private string Export(ExportFormat format, EventQuery? query = null)
    {
        using var ms = new MemoryStream();
        EventExport.WriteAsync(_store, query ?? new EventQuery(), format, ms).GetAwaiter().GetResult();
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private static string[] Lines(string s) => s.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Json_lines_are_schema_1_one_line_per_event()
    {
        var lines = Lines(Export(ExportFormat.JsonLines));
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("a", first.RootElement.GetProperty("doc").GetString());
        Assert.Equal("IGOWSTNAT", first.RootElement.GetProperty("source").GetProperty("code").GetString());
        Assert.Equal(50.85, first.RootElement.GetProperty("location").GetProperty("lat").GetDouble());
        Assert.Equal(8, first.RootElement.GetProperty("quantity").GetProperty("count").GetInt64());
    }

    [Fact]
    public void Csv_has_the_output_header_and_quotes_fields()
    {
        var text = Export(ExportFormat.Csv, new EventQuery { Actor = "USA" });
        var lines = Lines(text);
        Assert.Equal(string.Join(',', CsvEventWriter.Columns), lines[0]);
        Assert.Contains("\"Talks, \"\"soon\"\", in\tGeneva.\"", text);
    }

    [Fact]
    public void Gdelt_rows_have_61_columns()
    {
        var lines = Lines(Export(ExportFormat.Gdelt));
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.Equal(61, l.Split('\t').Length));
        Assert.Equal("20211006", lines[0].Split('\t')[1]);
    }

    [Fact]
    public void Plover_json_has_type_mode_context_actors_date_location_text()
    {
        using var doc = JsonDocument.Parse(Lines(Export(ExportFormat.PloverJson))[0]);
        var e = doc.RootElement;
        Assert.Equal("SANCTION", e.GetProperty("event_type").GetString());
        Assert.Equal("expel", e.GetProperty("mode").GetString());
        Assert.Equal("diplomatic", e.GetProperty("context").GetString());
        Assert.Equal(["actor", "recipient"], e.GetProperty("actors").EnumerateArray().Select(a => a.GetProperty("role").GetString()));
        Assert.Equal("2021-10-06", e.GetProperty("date").GetString());
        Assert.Equal("Brussels", e.GetProperty("location").GetProperty("name").GetString());
        Assert.Equal("NATO expelled eight Russian officials.", e.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Parquet_holds_every_event_with_its_counts()
    {
        using var ms = new MemoryStream();
        Assert.Equal(2, await EventExport.WriteAsync(_store, new EventQuery { Limit = 1 }, ExportFormat.Parquet, ms));
        ms.Position = 0;
        await using var reader = await ParquetReader.CreateAsync(ms);
        Assert.Equal(2, reader.Metadata!.NumRows);
        var fields = reader.Schema.GetDataFields();
        using var group = reader.OpenRowGroupReader(0);
        var mentions = new int[2];
        await group.ReadAsync(fields.Single(f => f.Name == "mentions"), mentions.AsMemory());
        Assert.Equal([2, 1], mentions);
        var lat = new double?[2];
        await group.ReadAsync(fields.Single(f => f.Name == "lat"), lat.AsMemory());
        Assert.Equal([50.85, null], lat);
        var docs = new string?[2];
        await group.ReadAsync(fields.Single(f => f.Name == "doc"), docs.AsMemory());
        Assert.Equal("a,c", string.Join(",", docs));
    }
}
