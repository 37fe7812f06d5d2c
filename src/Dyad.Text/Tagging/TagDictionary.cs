using Dyad.Text.Learning;

namespace Dyad.Text.Tagging;

/// <summary>
/// The set of tags each frequent training word was seen with. As a tagger feature (its ambiguity class,
/// as a hash) it tells "can only be DT" from "NN or VB" for words the weights alone handle poorly; for
/// words seen often, the set also bounds the tagger's choice, so "beat" in "police beat protesters"
/// cannot come out a preposition however odd the context.
/// </summary>
internal sealed class TagDictionary
{
    /// <summary>Words seen fewer times than this get no class: their tag sets are too incomplete to trust.</summary>
    private const int MinCount = 3;

    /// <summary>Words seen at least this often are held to the tags they were seen with.</summary>
    private const int ClosedCount = 8;

    private readonly Dictionary<ulong, ulong> _classes;
    private readonly Dictionary<ulong, UInt128> _allowed;

    public TagDictionary(Dictionary<ulong, ulong> classes, Dictionary<ulong, UInt128> allowed)
    {
        _classes = classes;
        _allowed = allowed;
    }

    /// <summary>Lower-cased word hash → ambiguity class hash.</summary>
    public IReadOnlyDictionary<ulong, ulong> Classes => _classes;

    /// <summary>Lower-cased word hash → the tags (bit per tag id) a frequent word may take.</summary>
    public IReadOnlyDictionary<ulong, UInt128> Allowed => _allowed;

    /// <summary>The tags a word may take, or all of them (<see cref="UInt128.MaxValue"/>) for words not held.</summary>
    public UInt128 AllowedFor(ulong lowerWord) => _allowed.TryGetValue(lowerWord, out var mask) ? mask : UInt128.MaxValue;

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
        var allowed = new Dictionary<ulong, UInt128>();
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
            if (count >= ClosedCount && tags.Max < 128)
            {
                UInt128 mask = 0;
                foreach (int t in tags)
                {
                    mask |= UInt128.One << t;
                }
                allowed[word] = mask;
            }
        }
        return new TagDictionary(classes, allowed);
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
