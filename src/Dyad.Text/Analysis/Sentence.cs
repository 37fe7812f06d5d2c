namespace Dyad.Text;

/// <summary>One sentence of an <see cref="Analysis"/>; its tokens form exactly one dependency tree.</summary>
public readonly struct Sentence
{
    internal Sentence(Analysis analysis, int index)
    {
        Analysis = analysis;
        Index = index;
    }

    public Analysis Analysis { get; }

    /// <summary>Position of the sentence in the document.</summary>
    public int Index { get; }

    public Span Tokens => new(Analysis, Analysis.SentenceStart(Index), Analysis.SentenceEnd(Index));

    public string Text => Tokens.Text;

    /// <summary>The root of the sentence's tree (usually the main verb).</summary>
    public Token Root
    {
        get
        {
            for (int i = Analysis.SentenceStart(Index); i < Analysis.SentenceEnd(Index); i++)
            {
                if (Analysis.HeadOf(i) < 0)
                {
                    return new Token(Analysis, i);
                }
            }
            throw new InvalidOperationException("Sentence has no root.");
        }
    }

    public override string ToString() => Text;
}
