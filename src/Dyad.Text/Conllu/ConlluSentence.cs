namespace Dyad.Text.Conllu;

/// <summary>
/// A CoNLL-U sentence: comments, syntactic words, and the multiword-token and empty-node lines kept
/// verbatim so that writing it back preserves the surface tokenization evaluators align on.
/// </summary>
public sealed class ConlluSentence
{
    public ConlluSentence(IReadOnlyList<string> comments, IReadOnlyList<ConlluWord> words, IReadOnlyList<ConlluExtraLine> extraLines)
    {
        Comments = comments;
        Words = words;
        ExtraLines = extraLines;
    }

    /// <summary>Comment lines including the leading '#'.</summary>
    public IReadOnlyList<string> Comments { get; }

    public IReadOnlyList<ConlluWord> Words { get; }

    /// <summary>Range ("1-2") and empty-node ("1.1") lines, each placed before word index <see cref="ConlluExtraLine.BeforeWord"/>.</summary>
    public IReadOnlyList<ConlluExtraLine> ExtraLines { get; }

    /// <summary>The "# text = ..." comment, or null.</summary>
    public string? Text => Comments.FirstOrDefault(c => c.StartsWith("# text = ", StringComparison.Ordinal))?["# text = ".Length..];

    /// <summary>Builds a sentence of bare forms (IDs 1..n) for tagging and parsing pre-tokenized text.</summary>
    public static ConlluSentence FromForms(IEnumerable<string> forms) =>
        new([], forms.Select((f, i) => new ConlluWord { Id = i + 1, Form = f }).ToList(), []);
}

/// <summary>A verbatim CoNLL-U line that is not a syntactic word, positioned before word <paramref name="BeforeWord"/> (0-based; Count = at the end).</summary>
public readonly record struct ConlluExtraLine(int BeforeWord, string Line);
