namespace Dyad.Text.Tokenization;

/// <summary>A token as a character range [Start, End) of the original text, and the line break before it.</summary>
public readonly record struct TextToken(int Start, int End, LineBreak Before)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);
}

/// <summary>What separates a token from the previous one: sentence splitting treats blank lines as hard boundaries.</summary>
public enum LineBreak
{
    None,
    Line,
    Paragraph,
}
