using Dyad.Text.Parsing.Internals;

namespace Dyad.Text.Training;

/// <summary>
/// A sentence as the parser trains on it: its input (predicted tags and guide filled in), the projective
/// gold tree it learns from and the treebank's own heads and relations it is scored against (all indexed 1..n).
/// </summary>
internal sealed class ParserExample
{
    public ParserExample(ParserInput input, int[] heads, int[] labels, int[] goldHeads, string[] goldRelations)
    {
        Input = input;
        Heads = heads;
        Labels = labels;
        GoldHeads = goldHeads;
        GoldRelations = goldRelations;
    }

    public ParserInput Input { get; }

    public int[] Heads { get; }

    public int[] Labels { get; }

    public int[] GoldHeads { get; }

    public string[] GoldRelations { get; }

    public int Count => Input.Count;

    /// <summary>The sentence read left to right.</summary>
    public static ParserExample Of(TreebankSentence s, int[] tags)
    {
        var input = new ParserInput();
        input.Set(s.Atoms, tags);
        var goldHeads = new int[s.Count + 1];
        var goldRelations = new string[s.Count + 1];
        for (int i = 1; i <= s.Count; i++)
        {
            goldHeads[i] = s.Source.Words[i - 1].Head;
            goldRelations[i] = s.Source.Words[i - 1].Deprel;
        }
        return new ParserExample(input, s.Heads, s.Labels, goldHeads, goldRelations);
    }

    /// <summary>The same sentence read right to left: word i becomes word n + 1 − i, and so do the heads.</summary>
    public ParserExample Reversed()
    {
        int n = Count;
        var input = new ParserInput();
        input.SetReversed(Input);
        return new ParserExample(input, FlipHeads(Heads), Flip(Labels), FlipHeads(GoldHeads), Flip(GoldRelations));

        T[] Flip<T>(T[] values)
        {
            var result = new T[values.Length];
            result[0] = values[0];
            for (int i = 1; i <= n; i++) result[n + 1 - i] = values[i];
            return result;
        }

        int[] FlipHeads(int[] heads)
        {
            var result = new int[heads.Length];
            result[0] = heads[0];
            for (int i = 1; i <= n; i++) result[n + 1 - i] = heads[i] <= 0 ? heads[i] : n + 1 - heads[i];
            return result;
        }
    }
}
