using Dyad.Text.Learning;

namespace Dyad.Text.Tagging;

/// <summary>
/// Hashes of one word's lexical atoms (lower-cased form, affixes, shape), computed once per token and
/// shared by the tagger's and the parser's feature templates so neither re-reads the characters.
/// </summary>
internal struct WordAtoms
{
    public ulong Form;
    public ulong Lower;
    public ulong Shape;
    public ulong Suffix1;
    public ulong Suffix2;
    public ulong Suffix3;
    public ulong Suffix4;
    public ulong Prefix1;
    public ulong Prefix2;
    public ulong Prefix3;

    /// <summary>Whether the word starts with a capital letter.</summary>
    public bool Capitalized;

    /// <summary>Ambiguity class from the tag dictionary; filled by the tagger, not by <see cref="Of"/>.</summary>
    public ulong Ambiguity;

    /// <summary>Word clusters at three levels (<see cref="WordClusters"/>); filled by the tagger, 0 when unknown.</summary>
    public ulong ClusterCoarse;
    public ulong ClusterMiddle;
    public ulong ClusterFine;

    /// <summary>Atoms of the padding positions before the first and after the last word.</summary>
    public static readonly WordAtoms Padding = Of("<pad>");

    public static WordAtoms Of(ReadOnlySpan<char> w) => new()
    {
        Form = FeatureHash.OfChars(w),
        Lower = FeatureHash.OfLowerChars(w),
        Shape = ShapeHash(w),
        Suffix1 = FeatureHash.OfLowerChars(w[Math.Max(0, w.Length - 1)..]),
        Suffix2 = FeatureHash.OfLowerChars(w[Math.Max(0, w.Length - 2)..]),
        Suffix3 = FeatureHash.OfLowerChars(w[Math.Max(0, w.Length - 3)..]),
        Suffix4 = FeatureHash.OfLowerChars(w[Math.Max(0, w.Length - 4)..]),
        Prefix1 = FeatureHash.OfLowerChars(w[..Math.Min(1, w.Length)]),
        Prefix2 = FeatureHash.OfLowerChars(w[..Math.Min(2, w.Length)]),
        Prefix3 = FeatureHash.OfLowerChars(w[..Math.Min(3, w.Length)]),
        Capitalized = w.Length > 0 && char.IsUpper(w[0]),
    };

    /// <summary>
    /// Word shape with runs collapsed ("McCain" → "XxXx", "1,000" → "d,d", "U.S." → "X.X."), plus the length
    /// bucket: it generalises over unseen capitalised names and numbers.
    /// </summary>
    private static ulong ShapeHash(ReadOnlySpan<char> w)
    {
        ulong h = 0xCBF29CE484222325UL;
        char last = '\0';
        foreach (char c in w)
        {
            char k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (k != last)
            {
                h = (h ^ k) * 0x100000001B3UL;
                last = k;
            }
        }
        return FeatureHash.Mix(h ^ (ulong)Math.Min(w.Length, 8) << 48);
    }
}
