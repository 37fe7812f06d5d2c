using Dyad.Coding.Grammar;
using Dyad.Core.Time;

namespace Dyad.Coding.Time;

/// <summary>
/// Dates events. A date phrase attached to the trigger's own clause wins ("expelled ... in 2018");
/// then one on a verb that governs it ("said on October 7 that NATO decided to expel"); then the date
/// last set earlier in the same paragraph (a story's later sentences keep its date); and only then
/// the publication date. Background told without a date of its own therefore never takes the
/// publication date when its paragraph set an earlier one.
/// </summary>
public sealed class EventDater(PartialDate? published)
{
    private PartialDate? _lastSet;
    private int _paragraph = -1;
    private PartialDate? _paragraphDate;
    private readonly List<(int Token, TemporalExpression Expr)> _current = [];

    /// <summary>Reads the date phrases of the next sentence, in document order.</summary>
    public void Enter(SentenceGraph g, int paragraph)
    {
        if (paragraph != _paragraph) { _paragraph = paragraph; _paragraphDate = null; }
        _current.Clear();
        foreach (var e in DateExpressionFinder.Find(g.Text, published, _lastSet))
        {
            int token = TokenAt(g, g.Offset + e.Start);
            if (token >= 0) _current.Add((token, e));
        }
    }

    /// <summary>Call after the sentence's events are dated: its dates now set the context for later sentences.</summary>
    public void Leave()
    {
        foreach (var (_, e) in _current)
        {
            _lastSet = e.Date;
            _paragraphDate = e.Date;
        }
    }

    public PartialDate? DateOf(SentenceGraph g, int trigger)
    {
        // Attached to the trigger's own clause, then to each verb that governs it; a clause joined by "but"
        // ("NATO invited Russia 18 months ago, but ... Moscow has declined") is a sibling, not a governor,
        // while one joined by "and" shares its time ("ties were normalized that year and Tokyo gave aid").
        for (int v = trigger, hops = 0; v >= 0 && hops < 5; hops++)
        {
            foreach (var (token, e) in _current)
                if (Predicate(g, token) == v) return e.Date;
            if (g.Relations[v] is "parataxis" or "root" || g.Relations[v] == "conj" && !JoinedByAnd(g, v)) break;
            v = g.Heads[v];
        }
        return _paragraphDate ?? published;
    }

    private static bool JoinedByAnd(SentenceGraph g, int conj)
    {
        foreach (var c in g.Children(conj))
            if (g.Relations[c] == "cc") return g.Lemmas[c].Equals("and", StringComparison.OrdinalIgnoreCase);
        return false;
    }

    /// <summary>The nearest verb (or event noun's governor) a date phrase hangs from.</summary>
    private static int Predicate(SentenceGraph g, int token)
    {
        int n = g.Heads[token];
        for (int guard = 0; n >= 0 && guard < g.Count; guard++)
        {
            if (g.Upos[n] is "VERB" || g.Heads[n] < 0) return n;
            if (g.Upos[n] is "NOUN" && g.Relations[token] is "obl" or "obl:tmod" or "nmod:tmod" && guard == 0) return n;
            n = g.Heads[n];
        }
        return -1;
    }

    private static int TokenAt(SentenceGraph g, int offset)
    {
        for (int i = 0; i < g.Count; i++)
            if (g.Starts[i] <= offset && offset < g.Ends[i] || g.Starts[i] >= offset) return i;
        return -1;
    }
}
