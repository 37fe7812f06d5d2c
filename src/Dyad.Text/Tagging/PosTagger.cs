using Dyad.Text.Learning;

namespace Dyad.Text.Tagging;

/// <summary>
/// Greedy averaged-perceptron tagger. Its classes are (UPOS, XPOS) pairs: the fine XPOS distinctions
/// (VBD vs VBN, NN vs NNS) help the parser and lemmatizer, and UPOS falls out of the pair.
/// </summary>
internal sealed class PosTagger
{
    public PosTagger(TagSet tags, TagDictionary dictionary, WordClusters clusters, WeightMatrix weights)
    {
        Tags = tags;
        Dictionary = dictionary;
        Clusters = clusters;
        Weights = weights;
        for (int t = 0; t < tags.Count && t < 128; t++)
        {
            if (tags.Upos(t) is not ("ADP" or "AUX" or "CCONJ" or "DET" or "PART" or "PRON" or "SCONJ")) _openClass |= UInt128.One << t;
            if (tags.Xpos(t) is not ("VBZ" or "VBD" or "VBP" or "MD")) _notFinite |= UInt128.One << t;
        }
    }

    /// <summary>
    /// Tags a word not held to its seen tags (seen fewer than 8 times in training) may take right after an article
    /// or a preposition: no finite verb comes there, so "in clashes" and "the raids" are nouns however verb-like the word.
    /// </summary>
    private readonly UInt128 _notFinite;

    private static readonly HashSet<ulong> NominalContexts = [.. ((string[])["the", "a", "an", "in", "on", "at", "of", "with", "by", "from", "during", "into", "onto",
        "between", "among", "against", "about", "over", "under", "through", "across", "toward", "towards", "without", "within", "near", "amid", "despite"])
        .Select(w => WordAtoms.Of(w).Lower)];

    /// <summary>
    /// The tags a capitalised word inside a sentence that training saw fewer than three times may take: the
    /// closed classes (determiners, conjunctions, pronouns, ...) are all frequent words, so a name such as
    /// "Andreas" is never a conjunction for its "and-". Lower-case rarities stay free: web text spells "because"
    /// as "b/c", and a sentence's first word is capitalised whatever it is.
    /// </summary>
    private readonly UInt128 _openClass;

    public TagSet Tags { get; }

    public TagDictionary Dictionary { get; }

    public WordClusters Clusters { get; }

    public WeightMatrix Weights { get; }

    /// <summary>Tags a sentence given the atoms of its words (their ambiguity classes and clusters are filled in); writes tag ids into <paramref name="tags"/>.</summary>
    public void Tag(Span<WordAtoms> words, Span<int> tags)
    {
        Dictionary.Annotate(words);
        Clusters.Annotate(words);
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Max];
        Span<float> scores = stackalloc float[Weights.RowStride];
        for (int i = 0; i < words.Length; i++)
        {
            int n = TaggerFeatures.Extract(words, i, tags, features);
            Weights.Score(features[..n], scores);
            var allowed = i > 0 && words[i].Ambiguity == 0 && words[i].Capitalized ? _openClass : Dictionary.AllowedFor(words[i].Lower);
            // Frequent words keep to the tags they were seen with ("is" after "of" in web text).
            if (i > 0 && allowed == UInt128.MaxValue && NominalContexts.Contains(words[i - 1].Lower)) allowed = _notFinite;
            tags[i] = ArgMax(scores[..Tags.Count], allowed);
        }
    }

    /// <summary>The best-scoring tag among those allowed (bit per tag id).</summary>
    public static int ArgMax(ReadOnlySpan<float> scores, UInt128 allowed)
    {
        if (allowed == UInt128.MaxValue) return ArgMax(scores);
        // A frequent word has a handful of tags: visit just their bits.
        int best = -1;
        for (var rest = allowed; rest != UInt128.Zero; rest &= rest - UInt128.One)
        {
            int c = (int)UInt128.TrailingZeroCount(rest);
            if (c < scores.Length && (best < 0 || scores[c] > scores[best])) best = c;
        }
        return best < 0 ? ArgMax(scores) : best;
    }

    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }
        return best;
    }
}
