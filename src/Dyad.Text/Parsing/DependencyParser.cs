using Dyad.Text.Learning;
using Dyad.Text.Parsing.Internals;

namespace Dyad.Text.Parsing;

/// <summary>
/// Arc-eager dependency parser with an averaged-perceptron action classifier, decoded greedily or
/// with a beam (the width it was trained with). Output arcs use the treebank's relations (subtypes
/// such as nsubj:pass included).
/// </summary>
internal sealed class DependencyParser
{
    private readonly ArcEager _system;

    public DependencyParser(string[] labels, WeightMatrix weights, int beamWidth)
    {
        Labels = labels;
        Weights = weights;
        BeamWidth = beamWidth is >= 1 and <= 64 ? beamWidth : throw new ArgumentOutOfRangeException(nameof(beamWidth));
        _system = new ArcEager(labels.Length, Array.IndexOf(labels, "root"));
        if (_system.RootLabel < 0)
        {
            throw new ArgumentException("The label set has no 'root'.", nameof(labels));
        }
        if (weights.Classes != _system.ActionCount)
        {
            throw new ArgumentException("Weights do not match the label set.", nameof(weights));
        }
    }

    public string[] Labels { get; }

    public WeightMatrix Weights { get; }

    public int BeamWidth { get; }

    /// <summary>The same weights decoded with another beam width.</summary>
    public DependencyParser WithBeam(int width) => width == BeamWidth ? this : new(Labels, Weights, width);

    /// <summary>A search workspace for this parser; not thread-safe, so one per thread.</summary>
    public BeamSearch CreateSearch() => new(_system, BeamWidth);

    /// <summary>Parses the sentence in <paramref name="input"/>; heads and labels (0..n, entry 0 unused) receive the tree.</summary>
    public void Parse(BeamSearch search, ParserInput input, Span<int> heads, Span<int> labels, ReadOnlySpan<bool> isPunct) =>
        Finish(search.Decode(Weights, input), heads, labels, isPunct);

    public static int BestValid(ReadOnlySpan<float> scores, ReadOnlySpan<bool> valid)
    {
        int best = -1;
        for (int a = 0; a < valid.Length; a++)
        {
            if (valid[a] && (best < 0 || scores[a] > scores[best]))
            {
                best = a;
            }
        }
        return best;
    }

    /// <summary>
    /// Copies the tree out, attaching words left headless when the buffer ran out: the forced root, else the
    /// first, becomes the root if there is none, the rest hang off the root word (as punct or parataxis) so
    /// the output is a tree.
    /// </summary>
    private void Finish(ParserState state, Span<int> heads, Span<int> labels, ReadOnlySpan<bool> isPunct)
    {
        int n = state.Count;
        int root = state.ForcedRoot > 0 && state.Heads[state.ForcedRoot] < 0 ? state.ForcedRoot : -1;
        for (int i = 1; i <= n; i++)
        {
            if (state.Heads[i] == 0)
            {
                root = i;
            }
        }
        int punct = Array.IndexOf(Labels, "punct");
        int parataxis = Array.IndexOf(Labels, "parataxis");
        if (root > 0)
        {
            heads[root] = 0;
            labels[root] = _system.RootLabel;
        }
        for (int i = 1; i <= n; i++)
        {
            if (i == root)
            {
                continue;
            }
            if (state.Heads[i] >= 0)
            {
                heads[i] = state.Heads[i];
                labels[i] = state.Labels[i];
            }
            else if (root < 0)
            {
                root = i;
                heads[i] = 0;
                labels[i] = _system.RootLabel;
            }
            else
            {
                heads[i] = root;
                labels[i] = isPunct[i] && punct >= 0 ? punct : Math.Max(parataxis, 0);
            }
        }
    }
}
