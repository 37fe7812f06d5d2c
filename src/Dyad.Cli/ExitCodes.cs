namespace Dyad.Cli;

/// <summary>The exit codes of every verb, documented in the README.</summary>
public static class ExitCodes
{
    /// <summary>Everything was processed.</summary>
    public const int Success = 0;

    /// <summary>At least one input failed (each named on stderr); all the others were processed.</summary>
    public const int SomeInputsFailed = 1;

    /// <summary>The command line was wrong: unknown verb or option, bad value.</summary>
    public const int Usage = 2;

    /// <summary>Dyad itself failed (a bug or a missing model); the message says what to do.</summary>
    public const int Internal = 3;

    /// <summary>The event store could not be opened or written (locked, read-only, unreachable).</summary>
    public const int Store = 4;
}
