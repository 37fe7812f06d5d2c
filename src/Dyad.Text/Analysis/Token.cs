namespace Dyad.Text;

/// <summary>A view of one token of an <see cref="Analysis"/>: its text, annotation and place in the tree.</summary>
public readonly struct Token : IEquatable<Token>
{
    internal Token(Analysis analysis, int index)
    {
        Analysis = analysis;
        Index = index;
    }

    public Analysis Analysis { get; }

    /// <summary>Position of the token in the document.</summary>
    public int Index { get; }

    /// <summary>Character offset of the first character in <see cref="Analysis.Text"/>.</summary>
    public int Start => Analysis.StartOf(Index);

    /// <summary>Character offset just past the last character.</summary>
    public int End => Analysis.EndOf(Index);

    public string Text => Analysis.FormOf(Index);

    public string Lemma => Analysis.LemmaOf(Index);

    /// <summary>Universal part of speech (NOUN, VERB, PROPN, ...).</summary>
    public string Upos => Analysis.UposOf(Index);

    /// <summary>Penn Treebank tag (NN, VBD, ...).</summary>
    public string Xpos => Analysis.XposOf(Index);

    /// <summary>UD relation to the head, with EWT subtypes (nsubj:pass, obl:tmod, ...); "root" for the root.</summary>
    public string Relation => Analysis.RelationOf(Index);

    public bool IsRoot => Analysis.HeadOf(Index) < 0;

    /// <summary>The syntactic head; the root is its own head (as in spaCy), so walks upward need no null checks.</summary>
    public Token Head => IsRoot ? this : new Token(Analysis, Analysis.HeadOf(Index));

    public Sentence Sentence => new(Analysis, Analysis.SentenceOf(Index));

    /// <summary>Dependents, left to right.</summary>
    public IEnumerable<Token> Children
    {
        get
        {
            var analysis = Analysis;
            int count = analysis.ChildrenOf(Index).Length;
            for (int k = 0; k < count; k++)
            {
                yield return new Token(analysis, analysis.ChildrenOf(Index)[k]);
            }
        }
    }

    /// <summary>Head, head's head, ... up to the root (excluding this token).</summary>
    public IEnumerable<Token> Ancestors
    {
        get
        {
            for (var t = this; !t.IsRoot;)
            {
                t = t.Head;
                yield return t;
            }
        }
    }

    /// <summary>Leftmost token of the subtree rooted here.</summary>
    public Token LeftEdge => new(Analysis, Analysis.LeftEdgeOf(Index));

    /// <summary>Rightmost token of the subtree rooted here.</summary>
    public Token RightEdge => new(Analysis, Analysis.RightEdgeOf(Index));

    /// <summary>The tokens from the left edge to the right edge: the phrase this token heads ("eight Russian diplomats").</summary>
    public Span Subtree => new(Analysis, Analysis.LeftEdgeOf(Index), Analysis.RightEdgeOf(Index) + 1);

    /// <summary>True when the relation is <paramref name="relation"/> or one of its subtypes ("nsubj" matches "nsubj:pass").</summary>
    public bool Is(string relation) => RelationIs(Relation, relation);

    /// <summary>First dependent with the relation (or a subtype of it), or null.</summary>
    public Token? Child(string relation)
    {
        foreach (int c in Analysis.ChildrenOf(Index))
        {
            if (RelationIs(Analysis.RelationOf(c), relation))
            {
                return new Token(Analysis, c);
            }
        }
        return null;
    }

    /// <summary>All dependents with the relation (or a subtype of it).</summary>
    public IEnumerable<Token> ChildrenWith(string relation)
    {
        string rel = relation;
        return Children.Where(c => c.Is(rel));
    }

    /// <summary>The nominal or clausal subject (nsubj, nsubj:pass, csubj); for a passive verb this is the patient.</summary>
    public Token? Subject => Child("nsubj") ?? Child("csubj");

    /// <summary>The direct object (obj).</summary>
    public Token? Object => Child("obj");

    public Token? IndirectObject => Child("iobj");

    public bool IsAncestorOf(Token other)
    {
        foreach (var a in other.Ancestors)
        {
            if (a.Index == Index)
            {
                return true;
            }
        }
        return false;
    }

    public bool Equals(Token other) => ReferenceEquals(Analysis, other.Analysis) && Index == other.Index;

    public override bool Equals(object? obj) => obj is Token t && Equals(t);

    public override int GetHashCode() => HashCode.Combine(Analysis, Index);

    public static bool operator ==(Token a, Token b) => a.Equals(b);

    public static bool operator !=(Token a, Token b) => !a.Equals(b);

    public override string ToString() => Text;

    internal static bool RelationIs(string actual, string wanted) =>
        actual.StartsWith(wanted, StringComparison.Ordinal) && (actual.Length == wanted.Length || actual[wanted.Length] == ':');
}
