namespace Dyad.Text.Parsing.Internals;

/// <summary>
/// The labelled arc-eager transition system (Nivre 2003) and its dynamic oracle (Goldberg &amp; Nivre 2012).
/// Actions are numbered SHIFT=0, REDUCE=1, LEFT-l = 2+l, RIGHT-l = 2+L+l for L labels.
/// Arc-eager builds arcs as soon as both ends are seen, which suits greedy decoding; the oracle lets
/// training continue from the parser's own mistakes, so it learns to recover from them.
/// </summary>
internal sealed class ArcEager
{
    public const int Shift = 0;
    public const int Reduce = 1;

    public ArcEager(int labelCount, int rootLabel)
    {
        LabelCount = labelCount;
        RootLabel = rootLabel;
    }

    public int LabelCount { get; }

    /// <summary>Label id of "root": the only label allowed on arcs from the artificial root, and only there.</summary>
    public int RootLabel { get; }

    public int ActionCount => 2 + 2 * LabelCount;

    public int LeftAction(int label) => 2 + label;

    public int RightAction(int label) => 2 + LabelCount + label;

    public void Apply(ParserState s, int action)
    {
        if (action == Shift)
        {
            s.Shift();
        }
        else if (action == Reduce)
        {
            s.Reduce();
        }
        else if (action < 2 + LabelCount)
        {
            s.LeftArc(action - 2);
        }
        else
        {
            s.RightArc(action - 2 - LabelCount);
        }
    }

    /// <summary>
    /// Marks valid actions. One root dependent per sentence is enforced here because UD trees have
    /// exactly one; the buffer is non-empty whenever this is called, so SHIFT is always a way out.
    /// A forced root never takes a head and nothing else hangs from the artificial root; it is not
    /// shifted either, so the words before it are attached first (REDUCE, LEFT or the root arc is
    /// then always possible).
    /// </summary>
    public void Valid(ParserState s, Span<bool> valid)
    {
        int s0 = s.S0;
        int forced = s.ForcedRoot;
        bool s0HasHead = s0 != 0 && s.Heads[s0] != ParserState.None;
        valid[Shift] = forced == 0 || s.Buffer != forced;
        valid[Reduce] = s0HasHead;
        bool left = s0 != 0 && !s0HasHead && s0 != forced;
        bool rightFromRoot = s0 == 0 && !s.RootHasDependent && (forced == 0 || s.Buffer == forced);
        bool right = forced == 0 || s.Buffer != forced;
        for (int l = 0; l < LabelCount; l++)
        {
            valid[LeftAction(l)] = left && l != RootLabel;
            valid[RightAction(l)] = s0 == 0 ? rightFromRoot && l == RootLabel : right && l != RootLabel;
        }
    }

    /// <summary>
    /// Cost of each action: how many gold arcs (labels included) become unreachable by taking it.
    /// The gold tree must be projective, which makes arc-eager arc-decomposable and these counts exact.
    /// </summary>
    public void Costs(ParserState s, ReadOnlySpan<int> goldHeads, ReadOnlySpan<int> goldLabels, Span<int> costs)
    {
        int s0 = s.S0;
        int b = s.Buffer;
        int n = s.Count;

        // Gold dependents of s0 still in the buffer (lost if s0 leaves the stack).
        int s0DepsInBuffer = 0;
        for (int k = b; k <= n; k++)
        {
            if (goldHeads[k] == s0)
            {
                s0DepsInBuffer++;
            }
        }

        // Arcs between b and the stack: b's gold head on the stack, and headless stack words whose gold head is b.
        int bHeadInStackNotS0 = 0;
        int bDepsInStack = 0;
        bool bHeadIsInStack = false;
        for (int i = 0; i < s.StackSize; i++)
        {
            int k = s.StackAt(i);
            if (goldHeads[b] == k)
            {
                bHeadIsInStack = true;
                if (k != s0)
                {
                    bHeadInStackNotS0 = 1;
                }
            }
            if (k != 0 && s.Heads[k] == ParserState.None && goldHeads[k] == b)
            {
                bDepsInStack++;
            }
        }
        bool bHeadInBuffer = goldHeads[b] > b;

        costs[Shift] = bDepsInStack + (bHeadIsInStack ? 1 : 0);
        costs[Reduce] = s0DepsInBuffer;

        int leftBase = s0DepsInBuffer + (s0 != 0 && goldHeads[s0] > b ? 1 : 0);
        int rightBase = bHeadInStackNotS0 + (bHeadInBuffer ? 1 : 0) + bDepsInStack;
        for (int l = 0; l < LabelCount; l++)
        {
            costs[LeftAction(l)] = leftBase + (s0 != 0 && goldHeads[s0] == b && goldLabels[s0] != l ? 1 : 0);
            costs[RightAction(l)] = rightBase + (goldHeads[b] == s0 && goldLabels[b] != l ? 1 : 0);
        }
    }
}
