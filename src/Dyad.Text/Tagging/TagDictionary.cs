using Dyad.Text.Learning;

namespace Dyad.Text.Tagging;

/// <summary>
/// The set of tags each frequent training word was seen with (its ambiguity class, as a hash). As a
/// tagger feature it tells "can only be DT" from "NN or VB" for words the weights alone handle poorly.
/// </summary>
internal sealed class TagDictionary
{
    /// <summary>Words seen fewer times than this get no class: their tag sets are too incomplete to trust.</summary>
    private const int MinCount = 3;

    private readonly Dictionary<ulong, ulong> _classes;

    public TagDictionary(Dictionary<ulong, ulong> classes)
    {
        _classes = classes;
    }

    /// <summary>Lower-cased word hash → ambiguity class hash.</summary>
    public IReadOnlyDictionary<ulong, ulong> Classes => _classes;

    public static TagDictionary Build(IEnumerable<(ulong Word, int Tag)> occurrences)
    {
        var seen = new Dictionary<ulong, (int Count, SortedSet<int> Tags)>();
        foreach (var (word, tag) in occurrences)
        {
            if (!seen.TryGetValue(word, out var entry))
            {
                entry = (0, []);
            }
            entry.Tags.Add(tag);
            seen[word] = (entry.Count + 1, entry.Tags);
        }
        var classes = new Dictionary<ulong, ulong>();
        foreach (var (word, (count, tags)) in seen)
        {
            if (count >= MinCount)
            {
                ulong h = 0x51A5UL;
                foreach (int t in tags)
                {
                    h = FeatureHash.Of(1, h, (ulong)t);
                }
                classes[word] = h;
            }
        }
        return new TagDictionary(classes);
    }

    /// <summary>Fills <see cref="WordAtoms.Ambiguity"/> (0 for words without a class).</summary>
    public void Annotate(Span<WordAtoms> words)
    {
        foreach (ref var w in words)
        {
            w.Ambiguity = _classes.GetValueOrDefault(w.Lower);
        }
    }
}
