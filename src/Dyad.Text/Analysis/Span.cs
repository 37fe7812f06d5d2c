using System.Collections;

namespace Dyad.Text;

/// <summary>A contiguous run of tokens [Start, End) of an <see cref="Analysis"/>.</summary>
public readonly struct Span : IReadOnlyList<Token>
{
    internal Span(Analysis analysis, int start, int end)
    {
        if (start < 0 || end < start || end > analysis.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"Span [{start}, {end}) is outside the {analysis.Count} tokens.");
        }
        Analysis = analysis;
        Start = start;
        End = end;
    }

    public Analysis Analysis { get; }

    /// <summary>Index of the first token.</summary>
    public int Start { get; }

    /// <summary>Index just past the last token.</summary>
    public int End { get; }

    public int Count => End - Start;

    public Token this[int index] => (uint)index < (uint)Count ? new Token(Analysis, Start + index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Character offset of the span's start in the document text.</summary>
    public int CharStart => Count == 0 ? 0 : Analysis.StartOf(Start);

    public int CharEnd => Count == 0 ? 0 : Analysis.EndOf(End - 1);

    /// <summary>The original text covered, with its original spacing.</summary>
    public string Text => Analysis.Text[CharStart..CharEnd];

    /// <summary>The token whose head lies outside the span (the leftmost such token if there are several); null when empty.</summary>
    public Token? Root
    {
        get
        {
            for (int i = Start; i < End; i++)
            {
                int h = Analysis.HeadOf(i);
                if (h < Start || h >= End)
                {
                    return new Token(Analysis, i);
                }
            }
            return null;
        }
    }

    public IEnumerator<Token> GetEnumerator()
    {
        for (int i = Start; i < End; i++)
        {
            yield return new Token(Analysis, i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => Text;
}
