namespace Dyad.Coding.Grammar;

/// <summary>
/// One parsed sentence as the coder sees it: parallel arrays indexed by token (0-based), heads
/// 0-based with -1 for the root, and each token's children precomputed so that walking the tree
/// allocates nothing.
/// </summary>
public sealed class SentenceGraph
{
    public required string Text { get; init; }
    /// <summary>Offset of the sentence in the article text.</summary>
    public required int Offset { get; init; }
    public required string[] Forms { get; init; }
    public required string[] Lemmas { get; init; }
    public required string[] Upos { get; init; }
    public required int[] Heads { get; init; }
    public required string[] Relations { get; init; }
    /// <summary>Token offsets in the article text.</summary>
    public required int[] Starts { get; init; }
    public required int[] Ends { get; init; }

    private int[][]? _children;

    public int Count => Forms.Length;

    public int[] Children(int i)
    {
        _children ??= BuildChildren();
        return _children[i];
    }

    /// <summary>The first child with the relation (subtypes match their base: "obl" finds "obl:tmod").</summary>
    public int Child(int i, string relation)
    {
        foreach (var c in Children(i))
            if (RelationIs(c, relation)) return c;
        return -1;
    }

    public bool RelationIs(int i, string relation)
    {
        var r = Relations[i];
        return r.Length == relation.Length ? r == relation
            : r.Length > relation.Length && r[relation.Length] == ':' && r.StartsWith(relation, StringComparison.Ordinal) && !relation.Contains(':');
    }

    /// <summary>The lower-cased case marker (preposition) of a nominal: "on" in "sanctions on Iran".</summary>
    public string? CaseOf(int i)
    {
        foreach (var c in Children(i))
            if (Relations[c] == "case") return Lemmas[c];
        return null;
    }

    /// <summary>Leftmost and rightmost token of a token's subtree.</summary>
    public (int First, int Last) SubtreeRange(int i)
    {
        int first = i, last = i;
        var stack = new Stack<int>();
        stack.Push(i);
        while (stack.Count > 0)
        {
            int n = stack.Pop();
            if (n < first) first = n;
            if (n > last) last = n;
            foreach (var c in Children(n)) stack.Push(c);
        }
        return (first, last);
    }

    public bool Dominates(int ancestor, int node)
    {
        for (int n = node, guard = 0; n >= 0 && guard <= Count; n = Heads[n], guard++)
            if (n == ancestor) return true;
        return false;
    }

    private int[][] BuildChildren()
    {
        var counts = new int[Count];
        foreach (var h in Heads) if (h >= 0) counts[h]++;
        var result = new int[Count][];
        for (int i = 0; i < Count; i++) result[i] = counts[i] == 0 ? [] : new int[counts[i]];
        Array.Clear(counts);
        for (int i = 0; i < Count; i++)
            if (Heads[i] >= 0) result[Heads[i]][counts[Heads[i]]++] = i;
        return result;
    }
}
