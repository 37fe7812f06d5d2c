using Dyad.Core.Documents;

namespace Dyad.Cli.Commands;

/// <summary>Prints each failed input as one line on stderr and remembers whether any failed.</summary>
public sealed class ErrorReport(TextWriter err)
{
    public int Failures { get; private set; }

    public void Add(InputError e)
    {
        Failures++;
        err.WriteLine($"dyad: {e.Origin}: {e.Problem}");
    }

    public int ExitCode => Failures > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
}
