using Dyad.Text;

namespace Dyad.Coding.Grammar;

/// <summary>Copies one sentence of an <see cref="Analysis"/> into the arrays the coder walks, mending a verbless parse (<see cref="VerbRepair"/>).</summary>
public static class SentenceGraphs
{
    public static SentenceGraph From(Sentence sentence)
    {
        var tokens = sentence.Tokens;
        int n = tokens.Count, first = tokens.Start;
        var (forms, lemmas, upos, relations) = (new string[n], new string[n], new string[n], new string[n]);
        var (heads, starts, ends) = (new int[n], new int[n], new int[n]);
        for (int i = 0; i < n; i++)
        {
            var t = tokens[i];
            forms[i] = t.Text;
            lemmas[i] = t.Lemma;
            upos[i] = t.Upos;
            relations[i] = t.Relation;
            heads[i] = t.IsRoot ? -1 : t.Head.Index - first;
            starts[i] = t.Start;
            ends[i] = t.End;
        }
        VerbRepair.Repair(forms, lemmas, upos, heads, relations);
        return new SentenceGraph
        {
            Text = tokens.Text,
            Offset = tokens.CharStart,
            Forms = forms, Lemmas = lemmas, Upos = upos, Heads = heads, Relations = relations, Starts = starts, Ends = ends,
        };
    }
}
