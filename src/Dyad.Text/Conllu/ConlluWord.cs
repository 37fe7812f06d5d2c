namespace Dyad.Text.Conllu;

/// <summary>One syntactic word (an integer-ID line) of a CoNLL-U sentence; columns are kept as given.</summary>
public sealed class ConlluWord
{
    public required int Id { get; init; }

    public required string Form { get; init; }

    public string Lemma { get; set; } = "_";

    public string Upos { get; set; } = "_";

    public string Xpos { get; set; } = "_";

    public string Feats { get; set; } = "_";

    /// <summary>Head word ID, 0 for the root, -1 when the HEAD column is "_" (unannotated input).</summary>
    public int Head { get; set; } = -1;

    public string Deprel { get; set; } = "_";

    public string Deps { get; set; } = "_";

    public string Misc { get; set; } = "_";
}
