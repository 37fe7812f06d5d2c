namespace Dyad.Coding.Patterns;

/// <summary>Named sets of lemmas that patterns refer to (DIPLOMAT: diplomat, envoy, ambassador, ...).</summary>
public sealed class WordClasses
{
    private readonly Dictionary<string, HashSet<string>> _classes;

    private WordClasses(Dictionary<string, HashSet<string>> classes) => _classes = classes;

    public bool Exists(string name) => _classes.ContainsKey(name);

    public bool Contains(string name, string lemma) => _classes.TryGetValue(name, out var set) && set.Contains(lemma);

    public IEnumerable<string> Names => _classes.Keys;

    /// <summary>Lines "NAME&lt;TAB&gt;lemma lemma ..."; '#' starts a comment.</summary>
    public static WordClasses Load(TextReader reader, string name)
    {
        var classes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (origin, cols) in DataLines.Read(reader, name))
        {
            if (cols.Length != 2) throw new FormatException($"{origin}: expected NAME<TAB>lemmas");
            // Case-blind, so a proper noun's capitalised lemma needs no lower-casing (and allocation) to be looked up.
            if (!classes.TryAdd(cols[0], new HashSet<string>(cols[1].Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase)))
                throw new FormatException($"{origin}: class {cols[0]} is defined twice");
        }
        return new WordClasses(classes);
    }
}
