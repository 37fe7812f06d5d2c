namespace Dyad.Cli;

/// <summary>
/// Where a command reads and writes, so that tests can run the whole program in-process with
/// string buffers instead of the console.
/// </summary>
public sealed class CliContext(TextWriter output, TextWriter error, Func<Stream>? stdin = null)
{
    public TextWriter Out { get; } = output;
    public TextWriter Err { get; } = error;
    public Func<Stream> Stdin { get; } = stdin ?? Console.OpenStandardInput;

    /// <summary>Name and version of each model and data set, for `dyad version`.</summary>
    public IEnumerable<(string Name, string Value)> Components() => Pipeline.DyadPipeline.Components();

    public static CliContext ForConsole()
    {
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        var stderr = new StreamWriter(Console.OpenStandardError(), new System.Text.UTF8Encoding(false)) { AutoFlush = true };
        return new CliContext(stdout, stderr);
    }
}
