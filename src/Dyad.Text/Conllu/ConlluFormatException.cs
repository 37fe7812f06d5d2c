namespace Dyad.Text.Conllu;

/// <summary>Malformed CoNLL-U input; the message names the 1-based line number.</summary>
public sealed class ConlluFormatException : FormatException
{
    public ConlluFormatException(int lineNumber, string message) : base($"CoNLL-U line {lineNumber}: {message}")
    {
        LineNumber = lineNumber;
    }

    public int LineNumber { get; }
}
