using Dyad.Text.Learning;
using Dyad.Text.Tagging;

namespace Dyad.Text.Parsing.Internals;

/// <summary>What the parser reads of a sentence: per-word hashes, tags and clusters, and the guide's tree, indexed like the parser state (0 = root). Reused across sentences.</summary>
internal sealed class ParserInput
{
    public const int RootTag = 999;
    private static readonly ulong RootWord = FeatureHash.OfChars("<root>");

    public ulong[] Words = new ulong[128];
    public ulong[] Suffixes = new ulong[128];
    public int[] Tags = new int[128];
    public ulong[] Clusters = new ulong[128];
    public ulong[] FineClusters = new ulong[128];

    /// <summary>The guide parse (see <see cref="SetGuide"/>): each word's head and relation, and its outermost dependents (the word itself if none).</summary>
    public int[] GuideHeads = new int[128];
    public int[] GuideLabels = new int[128];
    public int[] GuideLeftmost = new int[128];
    public int[] GuideRightmost = new int[128];

    /// <summary>Whether <see cref="SetGuide"/> gave this sentence a guide parse since the last <see cref="Set"/>.</summary>
    public bool HasGuide { get; private set; }

    /// <summary>Whether the parser reads this sentence without its guide: training drops the guide from some sentences (see <see cref="Training.TrainingOptions.GuideDropout"/>).</summary>
    public bool GuideHidden { get; set; }

    public int Count { get; private set; }

    /// <summary>A word (1-based) that must come out as the root, or 0: see <see cref="ArcEager.Valid"/>.</summary>
    public int ForcedRoot { get; set; }

    public void Set(ReadOnlySpan<WordAtoms> atoms, ReadOnlySpan<int> tags)
    {
        int n = atoms.Length;
        Start(n);
        for (int i = 0; i < n; i++)
        {
            Words[i + 1] = atoms[i].Lower;
            Suffixes[i + 1] = atoms[i].Suffix3;
            Tags[i + 1] = tags[i];
            Clusters[i + 1] = atoms[i].ClusterMiddle;
            FineClusters[i + 1] = atoms[i].ClusterFine;
        }
    }

    /// <summary>Makes room for <paramref name="n"/> words, clears the sentence's settings and fills in the root.</summary>
    private void Start(int n)
    {
        if (Words.Length < n + 1)
        {
            Resize(n);
        }
        Count = n;
        ForcedRoot = 0;
        HasGuide = false;
        GuideHidden = false;
        Words[0] = Suffixes[0] = RootWord;
        Tags[0] = RootTag;
        Clusters[0] = FineClusters[0] = RootWord;
    }

    private void Resize(int n)
    {
        Words = new ulong[n * 2 + 1];
        Suffixes = new ulong[n * 2 + 1];
        Tags = new int[n * 2 + 1];
        Clusters = new ulong[n * 2 + 1];
        FineClusters = new ulong[n * 2 + 1];
        GuideHeads = new int[n * 2 + 1];
        GuideLabels = new int[n * 2 + 1];
        GuideLeftmost = new int[n * 2 + 1];
        GuideRightmost = new int[n * 2 + 1];
    }

    /// <summary>
    /// Gives the sentence a guide parse from another parser (stacking, Nivre &amp; McDonald 2008): heads and labels
    /// indexed like the state (entry 0 unused, head 0 = root).
    /// </summary>
    public void SetGuide(ReadOnlySpan<int> heads, ReadOnlySpan<int> labels)
    {
        int n = Count;
        GuideHeads[0] = -1;
        GuideLabels[0] = RootTag;
        for (int i = 0; i <= n; i++)
        {
            GuideLeftmost[i] = GuideRightmost[i] = i;
        }
        for (int i = 1; i <= n; i++)
        {
            int h = heads[i];
            GuideHeads[i] = h;
            GuideLabels[i] = labels[i];
            if (h < 0) continue;
            GuideLeftmost[h] = Math.Min(GuideLeftmost[h], i);
            GuideRightmost[h] = Math.Max(GuideRightmost[h], i);
        }
        HasGuide = true;
    }

    /// <summary>Fills this input with <paramref name="other"/>'s sentence read from right to left, word i becoming word n + 1 − i.</summary>
    public void SetReversed(ParserInput other)
    {
        int n = other.Count;
        Start(n);
        for (int i = 1; i <= n; i++)
        {
            int j = n + 1 - i;
            Words[j] = other.Words[i];
            Suffixes[j] = other.Suffixes[i];
            Tags[j] = other.Tags[i];
            Clusters[j] = other.Clusters[i];
            FineClusters[j] = other.FineClusters[i];
        }
    }
}
