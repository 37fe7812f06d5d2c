using System.Reflection;
using Dyad.Core.Ontology;

namespace Dyad.Coding.Patterns;

/// <summary>
/// The event patterns and word classes, loaded from the tab-separated pattern files
/// (format in docs/patterns.md) and indexed by trigger for lookup per token.
/// </summary>
public sealed class PatternSet
{
    private readonly Dictionary<string, List<EventPattern>> _verbs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<EventPattern>> _nouns = new(StringComparer.Ordinal);

    public IReadOnlyList<EventPattern> Patterns { get; }
    public WordClasses Classes { get; }

    private PatternSet(IReadOnlyList<EventPattern> patterns, IReadOnlyList<EventPattern> lexicon, WordClasses classes)
    {
        Patterns = patterns;
        Lexicon = lexicon;
        Classes = classes;
        Index(patterns);
        // The generated lexicon only adds triggers and object nouns the hand-written patterns do not cover.
        Index(lexicon.Where(p => !(p.IsNoun ? _nouns : _verbs).ContainsKey(p.Triggers[0]) || p.ObjectNouns is not null && !Covers(p)).ToList());
    }

    /// <summary>Entries of the verb lexicon converted from PETRARCH-2 (data/patterns/verbs.petrarch.tsv).</summary>
    public IReadOnlyList<EventPattern> Lexicon { get; }

    private bool Covers(EventPattern lexical) =>
        _verbs[lexical.Triggers[0]].Any(p => p.ObjectNouns is not null && p.ObjectNouns.Overlaps(lexical.ObjectNouns!));

    private void Index(IEnumerable<EventPattern> patterns)
    {
        var touched = new HashSet<List<EventPattern>>();
        foreach (var p in patterns)
        {
            var index = p.IsNoun ? _nouns : _verbs;
            foreach (var trigger in p.Triggers)
            {
                if (!index.TryGetValue(trigger, out var list)) index[trigger] = list = [];
                list.Add(p);
                touched.Add(list);
            }
        }
        // A pattern that constrains its object is more specific than one that does not, wherever it is in the file.
        foreach (var list in touched)
        {
            var ordered = list.OrderBy(p => p.ObjectNouns is null && p.ObjectClass is null ? 1 : 0).ToList();
            list.Clear();
            list.AddRange(ordered);
        }
    }

    public static PatternSet Default => LazyDefault.Value;

    private static readonly Lazy<PatternSet> LazyDefault = new(() =>
    {
        var asm = typeof(PatternSet).Assembly;
        using var classes = Open(asm, "classes.tsv");
        using var events = Open(asm, "events.tsv");
        using var lexicon = Open(asm, "verbs.petrarch.tsv");
        return Load(new StreamReader(events), "events.tsv", new StreamReader(classes), "classes.tsv", new StreamReader(lexicon), "verbs.petrarch.tsv");
    });

    public static PatternSet Load(TextReader patterns, string patternsName, TextReader classes, string classesName,
        TextReader? lexicon = null, string lexiconName = "")
    {
        var wordClasses = WordClasses.Load(classes, classesName);
        var lexical = lexicon is null ? [] : LexiconParser.Parse(lexicon, lexiconName);
        return new PatternSet(PatternParser.Parse(patterns, patternsName, wordClasses), lexical, wordClasses);
    }

    /// <summary>
    /// Patterns for a verb lemma with its particle if any ("kick" + "out"): the phrasal verb's own
    /// patterns first, then the plain verb's ("break off relations" is still breaking relations).
    /// </summary>
    public IReadOnlyList<EventPattern> ForVerb(string lemma, string? particle)
    {
        var plain = _verbs.TryGetValue(lemma, out var list) ? list : [];
        if (particle is null || !_verbs.TryGetValue(lemma + " " + particle, out var phrasal)) return plain;
        return plain.Count == 0 ? phrasal : [.. phrasal, .. plain];
    }

    /// <summary>True when some pattern can fire on this verb lemma.</summary>
    public bool IsTrigger(string verbLemma) => _verbs.ContainsKey(verbLemma);

    public IReadOnlyList<EventPattern> ForNoun(string lemma) => _nouns.TryGetValue(lemma, out var list) ? list : [];

    private static Stream Open(Assembly asm, string name) =>
        asm.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"pattern file {name} is missing from {asm.GetName().Name}");
}
