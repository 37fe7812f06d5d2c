namespace Dyad.Cli.Tests;

public class ActorsCommandTests
{
    private const string Story =
        "NATO expelled eight Russian officials accredited to the alliance on Wednesday, saying they worked for Russia's intelligence services.\n\n" +
        "The alliance also cut the size of the Russian mission, the organization's spokesman told reporters in Brussels.\n\n" +
        "Kremlin spokesman Dmitry Peskov said the decision undermined relations, the AP news agency reported.";

    private static Dictionary<string, string> Resolve()
    {
        var (exit, output, err) = CliRunner.Run("actors", "--text", Story, "--published", "2021-10-07");
        Assert.True(exit == ExitCodes.Success, err);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t'))
            .GroupBy(c => c[1]).ToDictionary(g => g.Key, g => g.First()[2]);
    }

    [Fact]
    public void ResolvesNamesAgentsAndLaterMentions()
    {
        var found = Resolve();
        Assert.Equal("IGOWSTNAT", found["NATO"]);
        Assert.Equal("RUSGOV", found["eight Russian officials"]);
        Assert.Equal("RUSSPY", found["Russia's intelligence services"]);
        Assert.Equal("IGOWSTNAT", found["The alliance"]);
        Assert.Equal("RUSGOV", found["Kremlin spokesman Dmitry Peskov"]);
        // "the organization's spokesman" speaks for the organization named before.
        Assert.Equal("IGOWSTNAT", found["organization's spokesman"]);
    }

    [Fact]
    public void NewsAgenciesAreNeverActors() =>
        Assert.DoesNotContain(Resolve(), kv => kv.Key.Contains("AP", StringComparison.Ordinal));
}
