namespace Dyad.Text;

/// <summary>
/// The analysis of one document, in the spirit of spaCy's Doc: parallel arrays over all tokens
/// (offsets, forms, lemmas, tags, heads, relations) plus sentence boundaries. <see cref="Token"/>,
/// <see cref="Span"/> and <see cref="Sentence"/> are cheap struct views into it, so the actor and event
/// stages can navigate the parse without copying anything.
/// </summary>
public sealed class Analysis
{
    private readonly int[] _starts;
    private readonly int[] _ends;
    private readonly string[] _forms;
    private readonly string[] _lemmas;
    private readonly string[] _upos;
    private readonly string[] _xpos;
    private readonly int[] _heads;
    private readonly string[] _relations;
    private readonly int[] _sentenceStarts;
    private readonly int[] _sentenceOf;
    private readonly int[] _childOffsets;
    private readonly int[] _children;
    private readonly int[] _leftEdges;
    private readonly int[] _rightEdges;

    /// <param name="heads">Document-level token index of each head; −1 marks a sentence root.</param>
    /// <param name="sentenceStarts">First token of each sentence, ascending, the first being 0.</param>
    internal Analysis(string text, int[] starts, int[] ends, string[] forms, string[] lemmas, string[] upos, string[] xpos,
        int[] heads, string[] relations, int[] sentenceStarts)
    {
        Text = text;
        _starts = starts;
        _ends = ends;
        _forms = forms;
        _lemmas = lemmas;
        _upos = upos;
        _xpos = xpos;
        _heads = heads;
        _relations = relations;
        _sentenceStarts = [.. sentenceStarts, forms.Length];
        int n = forms.Length;
        _sentenceOf = new int[n];
        for (int s = 0; s < SentenceCount; s++)
        {
            _sentenceOf.AsSpan(_sentenceStarts[s], _sentenceStarts[s + 1] - _sentenceStarts[s]).Fill(s);
        }

        // Children as a compressed adjacency list (counting sort by head), left to right within a head.
        _childOffsets = new int[n + 1];
        foreach (int h in heads)
        {
            if (h >= 0)
            {
                _childOffsets[h + 1]++;
            }
        }
        for (int i = 0; i < n; i++)
        {
            _childOffsets[i + 1] += _childOffsets[i];
        }
        _children = new int[_childOffsets[n]];
        var fill = _childOffsets[..n];
        for (int i = 0; i < n; i++)
        {
            if (heads[i] >= 0)
            {
                _children[fill[heads[i]]++] = i;
            }
        }

        // Subtree edges: every token widens the edges of all its ancestors.
        _leftEdges = new int[n];
        _rightEdges = new int[n];
        for (int i = 0; i < n; i++)
        {
            _leftEdges[i] = _rightEdges[i] = i;
        }
        for (int i = 0; i < n; i++)
        {
            int steps = 0;
            for (int a = heads[i]; a >= 0 && steps++ < n; a = heads[a])
            {
                _leftEdges[a] = Math.Min(_leftEdges[a], i);
                _rightEdges[a] = Math.Max(_rightEdges[a], i);
            }
        }
    }

    /// <summary>The analysed text; token offsets index into it.</summary>
    public string Text { get; }

    public int Count => _forms.Length;

    public int SentenceCount => _sentenceStarts.Length - 1;

    public Token this[int index] => (uint)index < (uint)Count ? new Token(this, index) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerable<Token> Tokens
    {
        get
        {
            for (int i = 0; i < Count; i++)
            {
                yield return new Token(this, i);
            }
        }
    }

    public IEnumerable<Sentence> Sentences
    {
        get
        {
            for (int s = 0; s < SentenceCount; s++)
            {
                yield return new Sentence(this, s);
            }
        }
    }

    public Sentence Sentence(int index) => (uint)index < (uint)SentenceCount ? new Sentence(this, index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Tokens [start, end) as a span.</summary>
    public Span Span(int start, int end) => new(this, start, end);

    /// <summary>The token covering character offset <paramref name="offset"/>, or null (whitespace, out of range).</summary>
    public Token? TokenAt(int offset)
    {
        int i = Array.BinarySearch(_starts, offset);
        i = i >= 0 ? i : ~i - 1;
        return i >= 0 && offset < _ends[i] ? new Token(this, i) : null;
    }

    internal int StartOf(int i) => _starts[i];
    internal int EndOf(int i) => _ends[i];
    internal string FormOf(int i) => _forms[i];
    internal string LemmaOf(int i) => _lemmas[i];
    internal string UposOf(int i) => _upos[i];
    internal string XposOf(int i) => _xpos[i];
    internal int HeadOf(int i) => _heads[i];
    internal string RelationOf(int i) => _relations[i];
    internal int SentenceOf(int i) => _sentenceOf[i];
    internal int SentenceStart(int s) => _sentenceStarts[s];
    internal int SentenceEnd(int s) => _sentenceStarts[s + 1];
    internal ReadOnlySpan<int> ChildrenOf(int i) => _children.AsSpan(_childOffsets[i], _childOffsets[i + 1] - _childOffsets[i]);
    internal int LeftEdgeOf(int i) => _leftEdges[i];
    internal int RightEdgeOf(int i) => _rightEdges[i];
}
