using Dyad.Coding.Grammar;
using Dyad.Core.Events;

namespace Dyad.Coding.Engine;

/// <summary>
/// Decides how a sentence puts an event: denied ("did not expel"), hedged ("reportedly",
/// "suspected", "may"), intended (under "plan", "threaten", "promise", or "will", or on a condition), asked, or asserted.
/// Looks at the trigger and at the verbs that govern it.
/// </summary>
public static class ModalityDetector
{
    private static readonly HashSet<string> Negators = ["not", "never", "n't", "no"];
    private static readonly HashSet<string> Hedges = ["reportedly", "allegedly", "apparently", "possibly", "probably", "suspected", "alleged", "may", "might", "could", "perhaps"];
    private static readonly HashSet<string> HedgingVerbs = ["suspect", "believe", "allege", "suggest", "rumor", "rumour"];
    private static readonly HashSet<string> NegatingVerbs = ["fail", "deny", "refuse", "decline", "reject"];

    /// <summary>Verbs whose complement is an intention; which one also decides the CAMEO intent code.</summary>
    public static readonly HashSet<string> IntentVerbs = ["plan", "intend", "threaten", "promise", "pledge", "vow", "offer", "agree", "prepare", "seek", "want", "aim", "propose", "consider", "hope",
        "ready", "willing", "prepared", "determined", "eager", "arrange", "schedule", "scheduled", "due", "set", "plot"];

    /// <summary>Verbs whose complement is what someone else is asked to do: "demanded that Moscow withdraw".</summary>
    private static readonly HashSet<string> DirectiveVerbs = ["demand", "urge", "call", "ask", "request", "appeal", "press", "want", "suggest", "encourage", "invite"];

    /// <summary>
    /// True for an act that is only asked for: "Ukraine demanded that Russia withdraw its forces" reports a
    /// demand (coded on "demanded"), not a withdrawal, real, intended or otherwise; so is an act one must or should do.
    /// </summary>
    public static bool IsAskedFor(SentenceGraph g, int trigger)
    {
        // "a reminder that Iraq must cooperate", "Russia should withdraw": what one must or should do is not done.
        // "demanded that Moscow stop fighting and withdraw its forces", "must cooperate and disarm": a conjunct
        // without a subject or an auxiliary of its own shares its head's mood ("Iraq must cooperate, and it has
        // disarmed" does not).
        while (true)
        {
            foreach (var c in g.Children(trigger))
                if (g.Relations[c] == "aux" && g.Lemmas[c].ToLowerInvariant() is "must" or "should" or "ought") return true;
            if (g.Relations[trigger] != "conj" || g.Heads[trigger] < 0 || g.Upos[g.Heads[trigger]] != "VERB" || HasOwnClause(g, trigger)) break;
            trigger = g.Heads[trigger];
        }
        int head = g.Heads[trigger];
        if (head < 0 || g.Relations[trigger] is not ("ccomp" or "xcomp") || !DirectiveVerbs.Contains(g.Lemmas[head].ToLowerInvariant())) return false;
        // "urged Russia to withdraw" asks another; "wants to hold talks", "asked to join" is the subject's own intention.
        if (g.Relations[trigger] == "ccomp") return true;
        foreach (var c in g.Children(head))
            if (g.Relations[c] is "obj" or "iobj") return true;
        return false;
    }

    private static bool HasOwnClause(SentenceGraph g, int verb)
    {
        foreach (var c in g.Children(verb))
            if (g.Relations[c] is "aux" or "aux:pass" or "nsubj" or "nsubj:pass") return true;
        return false;
    }

    /// <summary>Nouns of intention, with the verb that stands for them in <see cref="IntentCodes"/>.</summary>
    private static readonly Dictionary<string, string> IntentNouns = new()
    {
        ["promise"] = "promise", ["pledge"] = "pledge", ["vow"] = "vow", ["plan"] = "plan", ["intention"] = "intend", ["threat"] = "threaten",
        ["offer"] = "offer", ["proposal"] = "propose", ["readiness"] = "ready", ["willingness"] = "willing", ["commitment"] = "pledge",
    };

    public static (Modality Modality, string? Governor) Detect(SentenceGraph g, int trigger)
    {
        if (EndsWithQuestion(g)) return (Modality.Question, null);
        if (IsConditional(g, trigger)) return (Modality.Intended, "if");
        for (int v = trigger, hops = 0; v >= 0 && hops < 4; hops++)
        {
            // Negation first: "would not attack" is denied, whatever "would" says.
            foreach (var c in g.Children(v))
                if (g.Relations[c] is "advmod" or "det" or "aux" or "neg" && Negators.Contains(g.Lemmas[c].ToLowerInvariant())) return (Modality.Negated, null);
            foreach (var c in g.Children(v))
            {
                var lemma = g.Lemmas[c].ToLowerInvariant();
                var rel = g.Relations[c];
                if ((rel is "advmod" or "aux" or "amod") && Hedges.Contains(lemma)) return (Modality.Hedged, null);
                if (rel == "aux" && lemma is "will" or "shall" or "'ll" or "would" or "wo" && v == trigger) return (Modality.Intended, "will");
            }
            var relation = g.Relations[v];
            // An event noun as the object of an intention: "threatened sanctions", "promised aid".
            if (v == trigger && relation == "obj" && g.Heads[v] >= 0 && IntentVerbs.Contains(g.Lemmas[g.Heads[v]].ToLowerInvariant()))
                return (Modality.Intended, g.Lemmas[g.Heads[v]].ToLowerInvariant());
            // The parser sometimes hangs "threatened on Monday to break relations" as an adverbial clause: a "to" clause all the same.
            bool complement = relation == "xcomp" || relation is "advcl" or "acl" && Roles.HasInfinitiveMark(g, v);
            if (!complement && relation != "ccomp" || g.Heads[v] < 0) break;
            int head = g.Heads[v];
            var headLemma = g.Lemmas[head].ToLowerInvariant();
            // "his promise to withdraw the troops", "the threat to cut off gas": an intention told by a noun.
            if (complement && g.Upos[head] == "NOUN") return IntentNouns.TryGetValue(headLemma, out var intent) ? (Modality.Intended, intent) : (Modality.Asserted, null);
            if (complement && IntentVerbs.Contains(headLemma)) return (Modality.Intended, headLemma);
            if (complement && NegatingVerbs.Contains(headLemma)) return (Modality.Negated, headLemma);
            if (HedgingVerbs.Contains(headLemma)) return (Modality.Hedged, headLemma);
            v = head;
        }
        return (Modality.Asserted, null);
    }

    /// <summary>"The EC may halt mediation if cooperation founders": an act promised or threatened on a condition ("would not attack if" is denied, not threatened).</summary>
    private static bool IsConditional(SentenceGraph g, int trigger)
    {
        bool modal = false, condition = false;
        foreach (var c in g.Children(trigger))
        {
            if (g.Relations[c] is "advmod" or "aux" or "neg" && Negators.Contains(g.Lemmas[c].ToLowerInvariant())) return false;
            modal |= g.Relations[c] == "aux" && g.Lemmas[c].ToLowerInvariant() is "will" or "would" or "may" or "might" or "could" or "shall" or "'ll" or "wo";
            condition |= g.Relations[c] == "advcl" && Roles.IntroducedBy(g, c, "if", "unless");
        }
        return modal && condition;
    }

    private static bool EndsWithQuestion(SentenceGraph g) => g.Count > 0 && g.Forms[^1] == "?";
}
