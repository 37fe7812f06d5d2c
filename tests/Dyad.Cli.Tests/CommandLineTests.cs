namespace Dyad.Cli.Tests;

public class CommandLineTests
{
    [Theory]
    [InlineData("code")]
    [InlineData("extract")]
    [InlineData("parse")]
    [InlineData("actors")]
    [InlineData("train-parser")]
    [InlineData("version")]
    public void EveryVerbHasHelp(string verb)
    {
        var (exit, output, _) = CliRunner.Run(verb, "--help");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void VersionNamesTheModel()
    {
        var (exit, output, _) = CliRunner.Run("version");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.StartsWith("dyad ", output, StringComparison.Ordinal);
        Assert.Contains("dyad-en-ewt-", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("code", "--no-such-option", "x.txt")]
    [InlineData("no-such-verb")]
    [InlineData("code", "x.txt", "--published", "yesterday")]
    [InlineData("code", "x.txt", "--format", "xml")]
    [InlineData("code", "x.txt", "--threads", "0")]
    public void UsageErrorsExitTwo(params string[] args)
    {
        var (exit, _, err) = CliRunner.Run(args);
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.StartsWith("dyad: ", err, StringComparison.Ordinal);
    }
}
