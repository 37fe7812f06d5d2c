namespace Dyad.Text.Lemmatization;

/// <summary>
/// The one-word English verbs WordNet lists (data/lexicon/verbs.txt, embedded in Dyad.Text): what
/// the lemmatizer checks its suffix readings against.
/// </summary>
public static class VerbLexicon
{
    private static readonly HashSet<string> Verbs = Load();

    public static bool Contains(string lemma) => Verbs.Contains(lemma);

    private static HashSet<string> Load()
    {
        using var stream = typeof(VerbLexicon).Assembly.GetManifestResourceStream("verbs.txt")
            ?? throw new InvalidOperationException("verbs.txt is not embedded in Dyad.Text");
        using var reader = new StreamReader(stream);
        var verbs = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && line[0] != '#') verbs.Add(line);
        return verbs;
    }
}
