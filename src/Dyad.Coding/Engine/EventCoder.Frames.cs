using Dyad.Coding.Grammar;
using Dyad.Coding.Patterns;
using Dyad.Text.Models;

namespace Dyad.Coding.Engine;

/// <summary>Whether a pattern fits the sentence: the object nouns or word class it asks for, and the modal or word class of the complement.</summary>
public sealed partial class EventCoder
{
    private bool Fits(EventPattern p, SentenceGraph g, int trigger, int objectHead)
    {
        // Only the hand-written patterns list adjectives and numbers among their object words.
        bool modifiers = p.HandWritten;
        if (p.ObjectNouns is not null && !ObjectIs(g, trigger, objectHead, p.ObjectNouns, null, modifiers)) return false;
        if (p.ObjectClass is not null && !ObjectIs(g, trigger, objectHead, null, p.ObjectClass, modifiers)) return false;
        return (p.ComplementModals is null || ComplementHasModal(g, trigger, p.ComplementModals) || objectHead >= 0 && ComplementHasModal(g, objectHead, p.ComplementModals))
            && (p.ComplementClass is null || ComplementHasWordOf(g, trigger, objectHead, p.ComplementClass));
    }

    /// <summary>
    /// Object nouns are listed as lemmas or as plurals ("sanctions"): either form fits, of the object (or the
    /// things it counts: "a series of bombs", or what a state is of: "a state of emergency"), of a noun
    /// modifying it ("halted its mediation efforts" halts mediation), of an adjective or number modifying it
    /// where the pattern lists such words ("martial law", "two billion dollars"), or of an "on" or "as" phrase
    /// that completes the verb as an object would ("remained on alert", "acted as a mediator").
    /// </summary>
    private bool ObjectIs(SentenceGraph g, int trigger, int objectHead, IReadOnlySet<string>? nouns, string? wordClass, bool modifiers)
    {
        if (objectHead >= 0)
        {
            if (ListedOrCompounded(g, objectHead, nouns, wordClass, modifiers)) return true;
            int counted = g.Lemmas[objectHead].Equals("state", StringComparison.OrdinalIgnoreCase) ? Roles.OfPhrase(g, objectHead) : Roles.ThroughQuantity(g, objectHead);
            if (counted >= 0 && counted != objectHead && ListedOrCompounded(g, counted, nouns, wordClass, modifiers)) return true;
        }
        foreach (var c in g.Children(trigger))
            if (g.Relations[c] == "obl" && g.CaseOf(c) is "on" or "as" && ListedOrCompounded(g, c, nouns, wordClass, modifiers)) return true;
        return false;
    }

    private bool ListedOrCompounded(SentenceGraph g, int noun, IReadOnlySet<string>? nouns, string? wordClass, bool modifiers)
    {
        if (Listed(g, noun, nouns, wordClass)) return true;
        foreach (var c in g.Children(noun))
            if ((g.Relations[c] == "compound" && g.Upos[c] == "NOUN" || modifiers && g.Relations[c] is "amod" or "nummod" or "compound") && Listed(g, c, nouns, wordClass)) return true;
        return false;
    }

    private bool Listed(SentenceGraph g, int i, IReadOnlySet<string>? nouns, string? wordClass)
    {
        foreach (var w in (ReadOnlySpan<string>)[g.Lemmas[i].ToLowerInvariant(), g.Forms[i].ToLowerInvariant()])
            if (nouns?.Contains(w) ?? patterns.Classes.Contains(wordClass!, w)) return true;
        return false;
    }

    /// <summary>
    /// "said that Egypt was *unwilling* to compromise": a word of the class in the verb's clausal complement;
    /// "gave the diplomats 72 hours *to leave*": or heading a "to" clause on the verb or its object.
    /// </summary>
    private bool ComplementHasWordOf(SentenceGraph g, int verb, int objectHead, string wordClass)
    {
        foreach (var c in g.Children(verb))
        {
            if (g.Relations[c] != "ccomp") continue;
            var (first, last) = g.SubtreeRange(c);
            for (int i = first; i <= last; i++)
                if (patterns.Classes.Contains(wordClass, g.Lemmas[i])) return true;
        }
        foreach (int head in (ReadOnlySpan<int>)[verb, objectHead])
        {
            if (head < 0) continue;
            foreach (var c in g.Children(head))
                if (g.Relations[c] is "acl" or "advcl" or "xcomp" && Roles.HasInfinitiveMark(g, c) && patterns.Classes.Contains(wordClass, g.Lemmas[c])) return true;
        }
        return false;
    }

    /// <summary>"said that Libya must hand them over", "a reminder that Iraq must cooperate": the modal of the verb's or noun's clausal complement.</summary>
    private static bool ComplementHasModal(SentenceGraph g, int head, IReadOnlySet<string> modals)
    {
        foreach (var c in g.Children(head))
            if (g.Relations[c] is "ccomp" or "acl" || g.Relations[c] == "advcl" && Roles.IntroducedBy(g, c, "that"))
                foreach (var a in g.Children(c))
                    if (g.Relations[a] == "aux" && modals.Contains(g.Lemmas[a].ToLowerInvariant())) return true;
        return false;
    }

    /// <summary>True when some pattern of the verb fits its object: "cut off electricity" has no pattern of its own, "cut aid" does.</summary>
    private bool CouldCode(SentenceGraph g, int verb)
    {
        var lemma = g.Lemmas[verb].ToLowerInvariant();
        if (!patterns.IsTrigger(lemma)) return false;
        int objectHead = Roles.Object(g, verb);
        foreach (var p in patterns.ForVerb(lemma, Roles.Particle(g, verb)))
            if (Fits(p, g, verb, objectHead)) return true;
        return false;
    }

    /// <summary>
    /// "planned to attack", "is preparing a major offensive": a verb of intention only frames the act it governs,
    /// which is coded as intended. The generated lexicon's default code for the verb itself is then no event;
    /// written patterns ("agreed to hold talks" as an agreement) still apply.
    /// </summary>
    private bool FramesAnotherAct(EventPattern p, SentenceGraph g, int t, string lemma, int objectHead)
    {
        if (p.IsNoun || p.HandWritten || p.ObjectNouns is not null || p.ObjectClass is not null || !ModalityDetector.IntentVerbs.Contains(lemma)) return false;
        foreach (var c in g.Children(t))
            if (g.Relations[c] is "xcomp" or "ccomp" && g.Upos[c] == "VERB") return true;
        return objectHead >= 0 && g.Upos[objectHead] == "NOUN" && patterns.ForNoun(g.Lemmas[objectHead].ToLowerInvariant()).Count > 0;
    }

    /// <summary>"a grant programme, called official security assistance": a participle that names what it follows is no appeal.</summary>
    private static bool Naming(SentenceGraph g, int t, string lemma) =>
        g.Relations[t] == "acl" && NewsWords.NamingVerbs.Contains(lemma);
}
