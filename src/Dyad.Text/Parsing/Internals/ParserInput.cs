using Dyad.Text.Learning;
using Dyad.Text.Tagging;

namespace Dyad.Text.Parsing.Internals;

/// <summary>What the parser reads of a sentence: per-word hashes, tags and clusters indexed like the parser state (0 = root). Reused across sentences.</summary>
internal sealed class ParserInput
{
    public const int RootTag = 999;
    private static readonly ulong RootWord = FeatureHash.OfChars("<root>");

    public ulong[] Words = new ulong[128];
    public ulong[] Suffixes = new ulong[128];
    public int[] Tags = new int[128];
    public ulong[] Clusters = new ulong[128];
    public ulong[] FineClusters = new ulong[128];

    public int Count { get; private set; }

    /// <summary>A word (1-based) that must come out as the root, or 0: see <see cref="ArcEager.Valid"/>.</summary>
    public int ForcedRoot { get; set; }

    public void Set(ReadOnlySpan<WordAtoms> atoms, ReadOnlySpan<int> tags)
    {
        int n = atoms.Length;
        if (Words.Length < n + 1)
        {
            Words = new ulong[n * 2 + 1];
            Suffixes = new ulong[n * 2 + 1];
            Tags = new int[n * 2 + 1];
            Clusters = new ulong[n * 2 + 1];
            FineClusters = new ulong[n * 2 + 1];
        }
        Count = n;
        ForcedRoot = 0;
        Words[0] = Suffixes[0] = RootWord;
        Tags[0] = RootTag;
        Clusters[0] = FineClusters[0] = RootWord;
        for (int i = 0; i < n; i++)
        {
            Words[i + 1] = atoms[i].Lower;
            Suffixes[i + 1] = atoms[i].Suffix3;
            Tags[i + 1] = tags[i];
            Clusters[i + 1] = atoms[i].ClusterMiddle;
            FineClusters[i + 1] = atoms[i].ClusterFine;
        }
    }
}
