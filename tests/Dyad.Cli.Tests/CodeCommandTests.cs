using System.Text.Json;

namespace Dyad.Cli.Tests;

public class CodeCommandTests
{
    [Fact]
    public void CodesASavedPageIntoSchemaOneLines()
    {
        var (exit, output, err) = CliRunner.Run("code", CliRunner.Fixture("saved-page.txt"), "--published", "2023-05-02");
        Assert.True(exit == ExitCodes.Success, err);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            var r = json.RootElement;
            Assert.Equal("saved-page.txt", r.GetProperty("doc").GetString());
            Assert.False(string.IsNullOrEmpty(r.GetProperty("source").GetProperty("code").GetString()));
            Assert.False(string.IsNullOrEmpty(r.GetProperty("target").GetProperty("code").GetString()));
            Assert.False(string.IsNullOrEmpty(r.GetProperty("cameo").GetString()));
            Assert.False(string.IsNullOrEmpty(r.GetProperty("plover").GetProperty("type").GetString()));
            Assert.True(r.TryGetProperty("date", out _));
        }
        // "Estonia expelled two Russian diplomats on Monday": Monday before 2023-05-02 is 2023-05-01.
        Assert.Contains(lines, l => l.Contains("\"source\":{\"code\":\"EST", StringComparison.Ordinal) && l.Contains("\"date\":\"2023-05-01\"", StringComparison.Ordinal));
    }

    [Fact]
    public void BadInputsAreNamedAndTheRestOfTheBatchIsCoded()
    {
        using var dir = new TempFiles();
        var good = dir.Write("good.txt", "Estonia expelled two Russian diplomats on Monday.");
        var binary = dir.Write("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 1, 2, 3, 0]);
        var jsonl = dir.Write("wire.jsonl", "{\"id\": \"w1\", \"text\": \"Iran recalled its ambassador to Spain.\", \"published\": \"2022-03-01\"}\n{not json\n");
        var big = dir.Write("big.txt", new string('x', 5000));
        var utf16 = dir.Write("broken.txt", [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00]);
        var missing = Path.Combine(dir.Path, "missing.txt");
        var (exit, output, err) = CliRunner.Run("code", missing, binary, good, jsonl, big, utf16, "--max-bytes", "4000", "--published", "2023-05-02");
        Assert.Equal(ExitCodes.SomeInputsFailed, exit);
        var errors = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, errors.Length);
        Assert.Contains(errors, l => l == $"dyad: {missing}: no such file");
        Assert.Contains(errors, l => l.StartsWith($"dyad: {binary}: binary content", StringComparison.Ordinal));
        Assert.Contains(errors, l => l.StartsWith($"dyad: {jsonl}:2: invalid JSON", StringComparison.Ordinal));
        Assert.Contains(errors, l => l.StartsWith($"dyad: {big}: larger than the limit", StringComparison.Ordinal));
        Assert.Contains(errors, l => l.StartsWith($"dyad: {utf16}: undecodable bytes", StringComparison.Ordinal));
        Assert.Contains("\"doc\":\"good.txt\"", output, StringComparison.Ordinal);
        Assert.Contains("\"doc\":\"w1\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void OutputKeepsInputOrderWhateverTheThreads()
    {
        using var dir = new TempFiles();
        var lines = Enumerable.Range(0, 40).Select(i =>
            $"{{\"id\": \"d{i:D2}\", \"text\": \"{(i % 2 == 0 ? "France" : "Chad")} expelled two Russian diplomats.\", \"published\": \"2020-01-0{1 + i % 9}\"}}");
        var path = dir.Write("many.jsonl", string.Join('\n', lines));
        var one = CliRunner.Run("code", path, "--threads", "1");
        var four = CliRunner.Run("code", path, "--threads", "4");
        Assert.Equal(ExitCodes.Success, four.Exit);
        Assert.Equal(one.Out, four.Out);
        var docs = four.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("doc").GetString()).ToList();
        Assert.Equal(docs.Order(StringComparer.Ordinal), docs);
        Assert.Equal(40, docs.Distinct().Count());
    }

    [Fact]
    public void CsvAndGdeltFormats()
    {
        var csv = CliRunner.RunWithStdin("Estonia expelled two Russian diplomats on Monday.", "code", "-", "--format", "csv", "--published", "2023-05-02");
        Assert.StartsWith("doc,event_id,", csv.Out, StringComparison.Ordinal);
        var gdelt = CliRunner.RunWithStdin("Estonia expelled two Russian diplomats on Monday.", "code", "-", "--format", "gdelt", "--published", "2023-05-02");
        Assert.All(gdelt.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.Equal(61, l.Split('\t').Length));
    }

    [Fact]
    public void WritesToAFileWithDashO()
    {
        using var dir = new TempFiles();
        var target = Path.Combine(dir.Path, "out", "events.jsonl");
        var (exit, output, _) = CliRunner.RunWithStdin("Estonia expelled two Russian diplomats on Monday.", "code", "-", "-o", target, "--published", "2023-05-02");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal("", output);
        Assert.Contains("\"cameo\":\"161\"", File.ReadAllText(target), StringComparison.Ordinal);
    }

    [Fact]
    public void ExplainMarksActorsAndTrigger()
    {
        var (_, output, _) = CliRunner.RunWithStdin("Estonia expelled two Russian diplomats on Monday.", "code", "-", "--explain", "--published", "2023-05-02");
        Assert.Contains("[Estonia] *expelled* {two Russian diplomats}", output, StringComparison.Ordinal);
        Assert.Contains("rule expel-diplomats", output, StringComparison.Ordinal);
    }
}
