namespace Dyad.Text.Lemmatization;

/// <summary>
/// What WordNet knows of English verbs, embedded in Dyad.Text: the one-word verb lemmas
/// (data/lexicon/verbs.txt), which the lemmatizer checks its suffix readings against, and the
/// irregular forms (data/lexicon/irregular-verbs.tsv: retook, overran, withdrew) no suffix rule undoes.
/// </summary>
public static class VerbLexicon
{
    private static readonly HashSet<string> Verbs = LoadVerbs();
    private static readonly Dictionary<string, string> Irregular = LoadIrregular();

    public static bool Contains(string lemma) => Verbs.Contains(lemma);

    /// <summary>The lemma of an irregular form (lower case), or null for a regular one.</summary>
    public static string? IrregularLemma(string form) => Irregular.GetValueOrDefault(form);

    private static HashSet<string> LoadVerbs()
    {
        var verbs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in Lines("verbs.txt")) verbs.Add(line);
        return verbs;
    }

    private static Dictionary<string, string> LoadIrregular()
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Lines("irregular-verbs.tsv"))
        {
            int tab = line.IndexOf('\t');
            if (tab <= 0) throw new InvalidDataException($"irregular-verbs.tsv: '{line}' is not form<TAB>lemma");
            forms[line[..tab]] = line[(tab + 1)..];
        }
        return forms;
    }

    private static IEnumerable<string> Lines(string resource)
    {
        using var stream = typeof(VerbLexicon).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{resource} is not embedded in Dyad.Text");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && line[0] != '#') yield return line;
    }
}
