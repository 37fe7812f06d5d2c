namespace Dyad.Core.Documents;

/// <summary>
/// A problem with one input (a file, or a line of a JSONL file). The batch goes on; the message
/// names the origin and says what is wrong.
/// </summary>
public sealed class InputError(string origin, string problem) : Exception($"{origin}: {problem}")
{
    public string Origin { get; } = origin;
    public string Problem { get; } = problem;
}
