using System.Globalization;
using Dyad.Text.Learning;

namespace Dyad.Text.Tagging;

/// <summary>
/// Word clusters learned from billions of words of unlabelled text (data/lexicon/word-clusters.tsv):
/// each word's cluster at three nested levels. A treebank word seen a handful of times borrows the
/// grammar of the words clustered with it, and an unseen word still has a cluster.
/// </summary>
internal sealed class WordClusters
{
    private readonly Dictionary<ulong, uint> _clusters;

    public WordClusters(Dictionary<ulong, uint> clusters)
    {
        _clusters = clusters;
    }

    public static readonly WordClusters None = new([]);

    /// <summary>Lower-cased word hash → the three levels packed as 11 bits each, every level + 1 (0 = unknown word).</summary>
    public IReadOnlyDictionary<ulong, uint> Packed => _clusters;

    /// <summary>Reads "word TAB coarse TAB middle TAB fine" lines; '#' lines are comments.</summary>
    public static WordClusters Read(string path)
    {
        var clusters = new Dictionary<ulong, uint>();
        int number = 0;
        foreach (string line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            string[] f = line.Split('\t');
            if (f.Length != 4 || !TryLevel(f[1], out uint coarse) || !TryLevel(f[2], out uint middle) || !TryLevel(f[3], out uint fine))
            {
                throw new InvalidDataException($"{path}:{number}: expected 'word TAB coarse TAB middle TAB fine' with numbers below 2047");
            }
            clusters.TryAdd(FeatureHash.OfLowerChars(f[0]), (coarse + 1) << 22 | (middle + 1) << 11 | (fine + 1));
        }
        return new WordClusters(clusters);
    }

    /// <summary>Fills the cluster atoms of each word (0 for words without a cluster).</summary>
    public void Annotate(Span<WordAtoms> words)
    {
        foreach (ref var w in words)
        {
            uint packed = _clusters.GetValueOrDefault(w.Lower);
            w.ClusterCoarse = packed >> 22;
            w.ClusterMiddle = packed >> 11 & 0x7FF;
            w.ClusterFine = packed & 0x7FF;
        }
    }

    private static bool TryLevel(string s, out uint level) =>
        uint.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out level) && level < 2047;
}
