namespace Dyad.Text.Parsing.Internals;

/// <summary>
/// Configuration of the arc-eager system for one sentence: stack, buffer front, partial tree, and the
/// per-word summaries (two leftmost/rightmost dependents, valencies, label sets) the features read.
/// Word 0 is the artificial root; words are 1..Count. Arrays are reused across sentences.
/// </summary>
internal sealed class ParserState
{
    public const int None = -1;

    private int[] _stack = new int[64];
    public int[] Heads = new int[64];
    public int[] Labels = new int[64];
    public int[] Left1 = new int[64];
    public int[] Left2 = new int[64];
    public int[] Right1 = new int[64];
    public int[] Right2 = new int[64];
    public int[] LeftCount = new int[64];
    public int[] RightCount = new int[64];
    public ulong[] LeftLabels = new ulong[64];
    public ulong[] RightLabels = new ulong[64];

    public int Count { get; private set; }

    public int StackSize { get; private set; }

    /// <summary>Front of the buffer; Count + 1 once the buffer is empty.</summary>
    public int Buffer { get; private set; }

    public bool RootHasDependent { get; private set; }

    /// <summary>The word that must become the root (0: any).</summary>
    public int ForcedRoot { get; private set; }

    public bool IsTerminal => Buffer > Count;

    public int S0 => _stack[StackSize - 1];

    public int S1 => StackSize >= 2 ? _stack[StackSize - 2] : None;

    public int B0 => Buffer <= Count ? Buffer : None;

    public int B(int k) => Buffer + k <= Count ? Buffer + k : None;

    public int StackAt(int fromTop) => _stack[StackSize - 1 - fromTop];

    public void Reset(int count, int forcedRoot = 0)
    {
        ForcedRoot = forcedRoot;
        if (Heads.Length < count + 2)
        {
            Grow(Math.Max(count + 2, Heads.Length * 2));
        }
        Count = count;
        for (int i = 0; i <= count; i++)
        {
            Heads[i] = None;
            Labels[i] = None;
            Left1[i] = Left2[i] = Right1[i] = Right2[i] = None;
            LeftCount[i] = RightCount[i] = 0;
            LeftLabels[i] = RightLabels[i] = 0;
        }
        _stack[0] = 0;
        StackSize = 1;
        Buffer = 1;
        RootHasDependent = false;
    }

    /// <summary>Makes this state a copy of <paramref name="other"/> (beam search branches by copying).</summary>
    public void CopyFrom(ParserState other)
    {
        if (Heads.Length < other.Count + 2)
        {
            Grow(other.Heads.Length);
        }
        Count = other.Count;
        StackSize = other.StackSize;
        Buffer = other.Buffer;
        RootHasDependent = other.RootHasDependent;
        ForcedRoot = other.ForcedRoot;
        int m = Count + 1;
        Array.Copy(other._stack, _stack, StackSize);
        Array.Copy(other.Heads, Heads, m);
        Array.Copy(other.Labels, Labels, m);
        Array.Copy(other.Left1, Left1, m);
        Array.Copy(other.Left2, Left2, m);
        Array.Copy(other.Right1, Right1, m);
        Array.Copy(other.Right2, Right2, m);
        Array.Copy(other.LeftCount, LeftCount, m);
        Array.Copy(other.RightCount, RightCount, m);
        Array.Copy(other.LeftLabels, LeftLabels, m);
        Array.Copy(other.RightLabels, RightLabels, m);
    }

    public void Shift() => _stack[StackSize++] = Buffer++;

    public void Reduce() => StackSize--;

    /// <summary>LEFT-ARC: the buffer front becomes the head of the stack top, which is popped.</summary>
    public void LeftArc(int label)
    {
        AddArc(Buffer, S0, label);
        StackSize--;
    }

    /// <summary>RIGHT-ARC: the stack top becomes the head of the buffer front, which is pushed.</summary>
    public void RightArc(int label)
    {
        AddArc(S0, Buffer, label);
        Shift();
    }

    private void AddArc(int head, int dep, int label)
    {
        Heads[dep] = head;
        Labels[dep] = label;
        if (head == 0)
        {
            RootHasDependent = true;
        }
        if (dep < head)
        {
            LeftCount[head]++;
            LeftLabels[head] |= 1UL << (label & 63);
            if (Left1[head] == None || dep < Left1[head])
            {
                Left2[head] = Left1[head];
                Left1[head] = dep;
            }
            else if (Left2[head] == None || dep < Left2[head])
            {
                Left2[head] = dep;
            }
        }
        else
        {
            RightCount[head]++;
            RightLabels[head] |= 1UL << (label & 63);
            if (Right1[head] == None || dep > Right1[head])
            {
                Right2[head] = Right1[head];
                Right1[head] = dep;
            }
            else if (Right2[head] == None || dep > Right2[head])
            {
                Right2[head] = dep;
            }
        }
    }

    private void Grow(int size)
    {
        Array.Resize(ref _stack, size);
        Array.Resize(ref Heads, size);
        Array.Resize(ref Labels, size);
        Array.Resize(ref Left1, size);
        Array.Resize(ref Left2, size);
        Array.Resize(ref Right1, size);
        Array.Resize(ref Right2, size);
        Array.Resize(ref LeftCount, size);
        Array.Resize(ref RightCount, size);
        Array.Resize(ref LeftLabels, size);
        Array.Resize(ref RightLabels, size);
    }
}
