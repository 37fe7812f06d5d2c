using Dyad.Text.Learning;

namespace Dyad.Text.Tagging;

/// <summary>
/// Feature templates of the tagger: the word, its affixes and shape, a two-word window each side, and the
/// two tags already predicted on the left (greedy left-to-right decoding), the tag-dictionary classes
/// and the word clusters.
/// </summary>
internal static class TaggerFeatures
{
    public const int Max = 41;

    /// <summary>Writes the features of word <paramref name="i"/> and returns how many were written.</summary>
    public static int Extract(ReadOnlySpan<WordAtoms> words, int i, ReadOnlySpan<int> tags, Span<ulong> f)
    {
        ref readonly WordAtoms w = ref words[i];
        ref readonly WordAtoms p1 = ref At(words, i - 1);
        ref readonly WordAtoms p2 = ref At(words, i - 2);
        ref readonly WordAtoms n1 = ref At(words, i + 1);
        ref readonly WordAtoms n2 = ref At(words, i + 2);
        ulong t1 = i >= 1 ? (ulong)tags[i - 1] : 1000;
        ulong t2 = i >= 2 ? (ulong)tags[i - 2] : 1000;
        int n = 0;
        f[n++] = FeatureHash.Of(1, 0);
        f[n++] = FeatureHash.Of(2, w.Lower);
        f[n++] = FeatureHash.Of(3, w.Form);
        f[n++] = FeatureHash.Of(4, w.Suffix1);
        f[n++] = FeatureHash.Of(5, w.Suffix2);
        f[n++] = FeatureHash.Of(6, w.Suffix3);
        f[n++] = FeatureHash.Of(7, w.Suffix4);
        f[n++] = FeatureHash.Of(8, w.Prefix1);
        f[n++] = FeatureHash.Of(9, w.Prefix2);
        f[n++] = FeatureHash.Of(10, w.Prefix3);
        f[n++] = FeatureHash.Of(11, w.Shape);
        f[n++] = FeatureHash.Of(12, t1);
        f[n++] = FeatureHash.Of(13, t2);
        f[n++] = FeatureHash.Of(14, t1, t2);
        f[n++] = FeatureHash.Of(15, t1, w.Lower);
        f[n++] = FeatureHash.Of(16, p1.Lower);
        f[n++] = FeatureHash.Of(17, p1.Suffix3);
        f[n++] = FeatureHash.Of(18, p2.Lower);
        f[n++] = FeatureHash.Of(19, n1.Lower);
        f[n++] = FeatureHash.Of(20, n1.Suffix3);
        f[n++] = FeatureHash.Of(21, n2.Lower);
        f[n++] = FeatureHash.Of(22, p1.Lower, w.Lower);
        f[n++] = FeatureHash.Of(23, w.Lower, n1.Lower);
        f[n++] = FeatureHash.Of(24, t1, n1.Lower);
        f[n++] = FeatureHash.Of(25, n1.Shape);
        f[n++] = FeatureHash.Of(26, p1.Shape, w.Shape);
        f[n++] = FeatureHash.Of(27, t1, w.Suffix3);
        f[n++] = FeatureHash.Of(28, i == 0 ? 1UL : 0UL, w.Shape);
        f[n++] = FeatureHash.Of(29, w.Lower, n1.Suffix2);
        f[n++] = FeatureHash.Of(30, p1.Lower, w.Lower, n1.Lower);
        f[n++] = FeatureHash.Of(31, n1.Lower, n2.Lower);
        f[n++] = FeatureHash.Of(32, t1, w.Shape);
        f[n++] = FeatureHash.Of(33, w.Ambiguity);
        f[n++] = FeatureHash.Of(34, w.Ambiguity, t1);
        f[n++] = FeatureHash.Of(35, n1.Ambiguity);
        f[n++] = FeatureHash.Of(36, w.Ambiguity, n1.Ambiguity);
        f[n++] = FeatureHash.Of(37, w.ClusterFine);
        f[n++] = FeatureHash.Of(38, w.ClusterMiddle);
        f[n++] = FeatureHash.Of(39, p1.ClusterMiddle, w.ClusterMiddle);
        f[n++] = FeatureHash.Of(40, n1.ClusterFine);
        f[n++] = FeatureHash.Of(41, t1, w.ClusterMiddle);
        return n;
    }

    private static ref readonly WordAtoms At(ReadOnlySpan<WordAtoms> words, int i)
    {
        if ((uint)i < (uint)words.Length)
        {
            return ref words[i];
        }
        return ref WordAtoms.Padding;
    }
}
