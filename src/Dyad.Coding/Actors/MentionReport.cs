using Dyad.Coding.Engine;
using Dyad.Core.Actors;
using Dyad.Core.Documents;

namespace Dyad.Coding.Actors;

/// <summary>An actor found in a document, for curators: the words, the code, and how it was resolved.</summary>
public sealed record ResolvedMention(string Doc, string Text, ActorCode Code, string How);

/// <summary>Lists every noun phrase of a document that resolves to an actor, in reading order.</summary>
public static class MentionReport
{
    public static IEnumerable<ResolvedMention> Of(Article article, IReadOnlyList<CodingInput> sentences)
    {
        var memory = new DocumentMemory();
        foreach (var s in sentences)
        {
            var g = s.Graph;
            for (int i = 0; i < g.Count; i++)
            {
                if (g.Upos[i] is not ("NOUN" or "PROPN" or "PRON")) continue;
                // Report each phrase once, at its head: skip tokens that only modify another noun.
                if (g.Relations[i] is "compound" or "flat" or "amod" or "nmod:poss" or "nmod:desc" && g.Heads[i] >= 0 && g.Upos[g.Heads[i]] is "NOUN" or "PROPN") continue;
                if (NominalResolver.One(g, s.Actors, memory, i) is not { } a) continue;
                var text = article.Text[g.Starts[a.First]..g.Ends[a.Last]];
                yield return new ResolvedMention(article.Id, text, a.Code, How(g, s.Actors, i));
            }
            memory.Remember(s.Graph, s.Actors);
        }
    }

    private static string How(Grammar.SentenceGraph g, SentenceActors actors, int head)
    {
        if (actors.At(head) is { } m) return m.Kind.ToString().ToLowerInvariant();
        bool modified = NominalResolver.ModifierToken(g, actors, head, 0) >= 0;
        if (NominalResolver.TitleRole(g, actors, head) is { } role) return $"unknown person, from title ({role})";
        if (actors.Roles[head] is { } agent) return modified ? $"agent ({agent}) of its country" : $"agent ({agent}) of an earlier actor";
        return modified ? "named in the phrase" : "refers back to an earlier actor";
    }
}
