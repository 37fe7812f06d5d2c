using System.Text.Json;

namespace Dyad.Cli.Tests;

public class ExtractAndParseTests
{
    [Fact]
    public void ExtractDropsBoilerplateAndKeepsTheArticle()
    {
        var (exit, output, _) = CliRunner.Run("extract", CliRunner.Fixture("saved-page.txt"));
        Assert.Equal(ExitCodes.Success, exit);
        using var json = JsonDocument.Parse(output);
        var text = json.RootElement.GetProperty("text").GetString()!;
        Assert.Equal("Estonia Expels Two Russian Diplomats", json.RootElement.GetProperty("title").GetString());
        Assert.Contains("Estonia expelled two Russian diplomats on Monday", text, StringComparison.Ordinal);
        Assert.Contains("Russia condemned the decision", text, StringComparison.Ordinal);
        foreach (var boilerplate in new[] { "Skip to content", "Latest News", "Share on Facebook", "All rights reserved", "(file photo)" })
            Assert.DoesNotContain(boilerplate, text, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseWritesConllu()
    {
        var (exit, output, _) = CliRunner.RunWithStdin("NATO expelled eight Russian diplomats. Moscow protested.", "parse", "-");
        Assert.Equal(ExitCodes.Success, exit);
        var words = output.Split('\n').Where(l => l.Length > 0 && char.IsDigit(l[0])).Select(l => l.Split('\t')).ToList();
        Assert.Equal(9, words.Count);
        Assert.All(words, w => Assert.Equal(10, w.Length));
        var expelled = words.Single(w => w[1] == "expelled");
        Assert.Equal(("expel", "VERB", "0", "root"), (expelled[2], expelled[3], expelled[6], expelled[7]));
        Assert.Equal(2, output.Split('\n').Count(l => l.StartsWith("# text = ", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("1", ExitCodes.Success)]
    [InlineData("3", ExitCodes.Success)]
    [InlineData("9", ExitCodes.Usage)]
    public void ParseTakesTheCodersBeamWidth(string width, int expected)
    {
        var (exit, output, _) = CliRunner.RunWithStdin("NATO expelled eight Russian diplomats.", "parse", "-", "--parser-beam", width);
        Assert.Equal(expected, exit);
        if (expected == ExitCodes.Success) Assert.Contains("\texpelled\texpel\tVERB\t", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseDecodesWithTheGivenWidth()
    {
        // A sentence whose greedy parse differs from the width-4 one: the option reaches the decoder.
        const string text = "The ministry said it had summoned the ambassador over remarks made by a senior official about the disputed islands last week.";
        var greedy = CliRunner.RunWithStdin(text, "parse", "-", "--parser-beam", "1").Out;
        var wide = CliRunner.RunWithStdin(text, "parse", "-", "--parser-beam", "4").Out;
        Assert.Equal(greedy.Split('\n').Length, wide.Split('\n').Length);
        Assert.NotEqual(greedy, wide);
    }

    [Fact]
    public void ParseKeepsGivenTokensAndReportsMalformedLines()
    {
        using var dir = new TempFiles();
        var good = dir.Write("good.conllu", "# text = Chad expelled them\n1\tChad\t_\t_\t_\t_\t0\t_\t_\t_\n2\texpelled\t_\t_\t_\t_\t0\t_\t_\t_\n3\tthem\t_\t_\t_\t_\t0\t_\t_\t_\n\n");
        var bad = dir.Write("bad.conllu", "1\tChad\t_\t_\n\n");
        var (exit, output, err) = CliRunner.Run("parse", "--input-format", "conllu", good, bad);
        Assert.Equal(ExitCodes.SomeInputsFailed, exit);
        Assert.Contains("# text = Chad expelled them", output, StringComparison.Ordinal);
        Assert.Equal(3, output.Split('\n').Count(l => l.Length > 0 && char.IsDigit(l[0])));
        Assert.StartsWith($"dyad: {bad}:1:", err, StringComparison.Ordinal);
    }
}
