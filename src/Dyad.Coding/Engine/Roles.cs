using Dyad.Coding.Grammar;
using Dyad.Coding.Patterns;

namespace Dyad.Coding.Engine;

/// <summary>
/// Finds the tokens that fill a trigger's grammatical roles, undoing the passive ("were expelled
/// by NATO"), and borrowing the subject of a controlling or coordinated verb ("NATO decided to
/// expel", "NATO met and agreed").
/// </summary>
public static class Roles
{
    private static readonly HashSet<string> LightVerbs =
        ["launch", "carry", "conduct", "hold", "stage", "make", "mount", "begin", "start", "continue", "step", "have", "reach", "complete", "speed", "finish",
         "sign", "impose", "announce", "order", "open", "lead", "organize", "organise", "broker", "deliver", "send", "pay", "issue", "file", "lodge", "accept", "plot"];

    private static readonly HashSet<string> BlamingVerbs = ["blame", "accuse", "condemn", "criticize", "criticise", "denounce", "fault"];

    public static bool IsPassive(SentenceGraph g, int verb)
    {
        foreach (var c in g.Children(verb))
            if (g.Relations[c] is "nsubj:pass" or "aux:pass" or "csubj:pass") return true;
        return false;
    }

    /// <summary>Tokens that may fill one role spec of a trigger, in order of preference.</summary>
    public static IEnumerable<int> Find(SentenceGraph g, int trigger, RoleSpec spec, bool isNoun, int objectHead)
    {
        if (spec.Slot == RoleSlot.Oblique)
        {
            // Several phrases may carry the preposition ("the number of positions of Russia"): offer each.
            foreach (var c in ObliquesOf(g, trigger, spec.Preposition!)) yield return ThroughQuantity(g, c);
            if (objectHead >= 0)
            {
                foreach (var c in ObliquesOf(g, objectHead, spec.Preposition!)) yield return ThroughQuantity(g, c);
                // "exploded a series of bombs in Kabul": the phrase hangs on what the object counts.
                if (ThroughQuantity(g, objectHead) is var counted && counted != objectHead)
                    foreach (var c in ObliquesOf(g, counted, spec.Preposition!)) yield return ThroughQuantity(g, c);
            }
            int compounded = isNoun ? CompoundHead(g, trigger) : -1;
            int phrase = isNoun && compounded < 0 ? EngagedIn(g, trigger) : compounded;
            if (phrase >= 0)
                foreach (var c in ObliquesOf(g, phrase, spec.Preposition!)) yield return ThroughQuantity(g, c);
            // "Turkey launched drone strikes on Syria": the parser often hangs the noun's phrase on its light verb.
            if (isNoun && LightVerbOf(g, compounded >= 0 ? compounded : trigger) is >= 0 and var light)
                foreach (var c in ObliquesOf(g, light, spec.Preposition!)) yield return ThroughQuantity(g, c);
            yield break;
        }
        int found = SlotHead(g, trigger, spec, isNoun);
        if (found < 0) yield break;
        yield return ThroughQuantity(g, found);
        // "demanded the removal of President X", "called for the release of the journalists": the act's object is the "of" phrase.
        if (spec.Slot == RoleSlot.Object && ObliqueOf(g, found, "of") is >= 0 and var of) yield return ThroughQuantity(g, of);
    }

    private static int SlotHead(SentenceGraph g, int trigger, RoleSpec spec, bool isNoun)
    {
        return spec.Slot switch
        {
            RoleSlot.Subject => isNoun ? NounSubject(g, trigger) : Subject(g, trigger),
            RoleSlot.Object => isNoun ? -1 : Object(g, trigger),
            RoleSlot.Complement => ComplementSubject(g, trigger),
            RoleSlot.IndirectObject => isNoun ? -1 : g.Child(trigger, "iobj"),
            _ => Possessor(g, trigger),
        };
    }

    public static int Subject(SentenceGraph g, int verb)
    {
        for (int v = verb, hops = 0; v >= 0 && hops < 4; hops++)
        {
            // A reduced relative is passive too: "the agreement signed by Ethiopia and the TPLF", "a rally staged by
            // students to protest the war" (the students protest).
            bool passive = IsPassive(g, v) || IsReducedRelative(g, v);
            foreach (var c in g.Children(v))
            {
                var rel = g.Relations[c];
                if (!passive && rel == "nsubj") return c;
                if (passive && (rel == "obl:agent" || rel == "obl" && g.CaseOf(c) == "by")) return c;
            }
            if (passive && v == verb) return -1;
            var r = g.Relations[v];
            if (r is "advcl" or "acl" && IntroducedBy(g, v, "of", "for", "from") && Accused(g, v) is >= 0 and var accused) return accused;
            // Control and coordination share the subject: "NATO decided to expel", "NATO met and agreed".
            if (r is "xcomp" or "conj" or "advcl" && g.Heads[v] >= 0) v = g.Heads[v];
            // A purpose clause on an object: "police opened fire to disperse them" (the parser hangs it on "fire").
            else if (r == "acl" && HasInfinitiveMark(g, v) && g.Heads[v] >= 0 && g.Heads[g.Heads[v]] >= 0) v = g.Heads[g.Heads[v]];
            else break;
        }
        return -1;
    }

    public static int Object(SentenceGraph g, int verb)
    {
        bool passive = IsPassive(g, verb);
        foreach (var c in g.Children(verb))
        {
            var rel = g.Relations[c];
            if (passive ? rel == "nsubj:pass" : rel == "obj") return c;
        }
        // A reduced relative has its object as its head: "the diplomats expelled by NATO".
        if (IsReducedRelative(g, verb)) return g.Heads[verb];
        // "declined to take up the offer", "refused to lift the curfew": the act falls on the complement's object.
        foreach (var c in g.Children(verb))
            if (g.Relations[c] == "xcomp" && g.Upos[c] == "VERB") return Object(g, c);
        return -1;
    }

    /// <summary>A past participle modifying a noun: "the diplomats expelled by NATO".</summary>
    private static bool IsReducedRelative(SentenceGraph g, int verb) =>
        g.Relations[verb] == "acl" && g.Heads[verb] >= 0 && !HasInfinitiveMark(g, verb) && !g.Forms[verb].EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    /// <summary>The "for" phrase of a verb: "called for talks", "appealed for aid"; -1 when none.</summary>
    public static int ForPhrase(SentenceGraph g, int verb) => ObliqueOf(g, verb, "for");

    /// <summary>Preposition phrases on a head (for light verbs also on the object noun: "imposed sanctions on Iran").</summary>
    private static IEnumerable<int> ObliquesOf(SentenceGraph g, int head, string preposition)
    {
        foreach (var c in g.Children(head))
        {
            var rel = g.Relations[c];
            if ((rel.StartsWith("obl", StringComparison.Ordinal) || rel.StartsWith("nmod", StringComparison.Ordinal) && rel != "nmod:poss")
                && string.Equals(g.CaseOf(c), preposition, StringComparison.OrdinalIgnoreCase))
                yield return c;
        }
    }

    /// <summary>The "of" phrase of a noun: "a state of emergency"; -1 when none.</summary>
    public static int OfPhrase(SentenceGraph g, int head) => ObliqueOf(g, head, "of");

    private static int ObliqueOf(SentenceGraph g, int head, string preposition)
    {
        foreach (var c in ObliquesOf(g, head, preposition)) return c;
        return -1;
    }

    /// <summary>The subject of the trigger's clausal complement: "demanded that the US cancel the sale".</summary>
    public static int ComplementSubject(SentenceGraph g, int verb)
    {
        foreach (var c in g.Children(verb))
            if (g.Relations[c] is "ccomp" or "xcomp")
                foreach (var s in g.Children(c))
                    if (g.Relations[s] is "nsubj" or "nsubj:pass") return s;
        return -1;
    }

    private static readonly HashSet<string> DemandVerbs = ["demand", "call", "press", "seek", "urge"];

    /// <summary>Acts the one named in their "of" phrase must do: "the resignation of the president" (not "the release of the journalists").</summary>
    private static readonly HashSet<string> GivingUpNouns = ["resignation", "removal", "ouster", "withdrawal", "departure", "dismissal", "exit", "abdication", "fall"];

    private static readonly HashSet<string> DefianceNouns = ["defiance", "protest", "opposition"];

    /// <summary>
    /// Whom a protest is against when no "against" phrase says so: the one it defies ("blocked streets in defiance
    /// of the authorities", "in protest against the government"), or whom its purpose clause makes demands of ("went
    /// on hunger strike to demand the resignation of the president", "to call for the removal of the governor", "to
    /// demand higher wages from the government", "to press the government"); -1 when neither names anyone.
    /// </summary>
    public static int ProtestedAgainst(SentenceGraph g, int verb)
    {
        foreach (var c in g.Children(verb))
            if (g.RelationIs(c, "obl") && g.CaseOf(c) == "in" && DefianceNouns.Contains(g.Forms[c].ToLowerInvariant()))
                foreach (var of in g.Children(c))
                    if (g.Relations[of].StartsWith("nmod", StringComparison.Ordinal) && g.CaseOf(of) is "of" or "against" or "to") return of;
        foreach (var c in g.Children(verb))
        {
            if (g.Relations[c] is not ("advcl" or "xcomp" or "acl") || !HasInfinitiveMark(g, c)) continue;
            var lemma = g.Lemmas[c].ToLowerInvariant();
            if (!DemandVerbs.Contains(lemma)) continue;
            int obj = Object(g, c);
            // Those pressed or urged are the ones the demand is made of.
            if (lemma is "press" or "urge" && obj >= 0) return obj;
            int demanded = obj >= 0 ? obj : ForPhrase(g, c);
            if (demanded >= 0 && GivingUpNouns.Contains(g.Lemmas[demanded].ToLowerInvariant()) && OfPhrase(g, demanded) is >= 0 and var whose) return whose;
            int from = ObliqueOf(g, c, "from");
            if (from < 0 && demanded >= 0) from = ObliqueOf(g, demanded, "from");
            if (from >= 0) return from;
        }
        return -1;
    }

    /// <summary>The subject of the clause an event noun is a "during" or "at" phrase of: "youths threw stones during demonstrations"; -1 when none.</summary>
    public static int ActingDuring(SentenceGraph g, int noun)
    {
        int head = g.Heads[noun];
        return head >= 0 && g.RelationIs(noun, "obl") && g.CaseOf(noun) is "during" or "at" && g.Upos[head] == "VERB" ? Subject(g, head) : -1;
    }

    /// <summary>"Russia's invasion", "the Russian attack", "Russian strikes".</summary>
    public static int Possessor(SentenceGraph g, int noun)
    {
        foreach (var c in g.Children(noun))
            if (g.Relations[c] is "nmod:poss" or "amod" or "compound") return c;
        return ObliqueOf(g, noun, "by");
    }

    /// <summary>The subject of the light verb an event noun is the object of: "Russia launched an attack".</summary>
    public static int NounSubject(SentenceGraph g, int noun)
    {
        int by = ObliqueOf(g, noun, "by");
        if (by >= 0) return by;
        if (CompoundHead(g, noun) is >= 0 and var phrase) return NounSubject(g, phrase);
        int head = g.Heads[noun];
        // "Serb forces were engaged in ethnic cleansing", "took part in the attack": whoever is engaged does it.
        if (EngagedIn(g, noun) is >= 0 and var engaged)
        {
            foreach (var c in g.Children(engaged))
                if (g.Relations[c] is "nsubj" or "nsubj:pass") return c;
        }
        // "Armenia blamed Azerbaijan for the shelling of its villages": whoever is blamed for the act did it.
        if (head >= 0 && g.RelationIs(noun, "obl") && g.CaseOf(noun) is "for" or "of" && BlamingVerbs.Contains(g.Lemmas[head].ToLowerInvariant())
            && Accused(g, noun) is >= 0 and var blamed)
            return blamed;
        if (head >= 0 && g.Relations[noun] == "nsubj:pass" && LightVerbs.Contains(g.Lemmas[head].ToLowerInvariant())) return Subject(g, head);
        return LightVerbOf(g, noun) is >= 0 and var light ? Subject(g, light) : -1;
    }

    /// <summary>
    /// Who did what a clause or noun hung on an accusation tells: "Armenia accused Azerbaijan of shelling", "blamed
    /// Russia for attacking", "will not deter us from providing" (the object of the verb it hangs on), or, with the
    /// clause hung on the one accused, "accused the Rapid Support Forces of attacking civilians" (that object itself).
    /// </summary>
    private static int Accused(SentenceGraph g, int clause)
    {
        int head = g.Heads[clause];
        if (head < 0) return -1;
        if (g.Child(head, "obj") is >= 0 and var obj) return obj;
        return g.Relations[clause] == "acl" && g.RelationIs(head, "obj") ? head : -1;
    }

    /// <summary>The light verb an event noun is the object of ("launched an attack"); -1 when none.</summary>
    private static int LightVerbOf(SentenceGraph g, int noun)
    {
        int head = g.Heads[noun];
        return head >= 0 && g.RelationIs(noun, "obj") && LightVerbs.Contains(g.Lemmas[head].ToLowerInvariant()) ? head : -1;
    }

    /// <summary>The noun an event noun is compounded with, which carries the event's phrases: "a mediation effort between A and B"; -1 when none.</summary>
    private static int CompoundHead(SentenceGraph g, int noun) =>
        g.Relations[noun] == "compound" && g.Heads[noun] >= 0 && g.Upos[g.Heads[noun]] == "NOUN" ? g.Heads[noun] : -1;

    /// <summary>The verb an event noun is the "in" phrase of when it says who took part: "engaged in", "participated in", "took part in"; -1 otherwise.</summary>
    private static int EngagedIn(SentenceGraph g, int noun)
    {
        int head = g.Heads[noun];
        return head >= 0 && g.RelationIs(noun, "obl") && g.CaseOf(noun) == "in" && g.Lemmas[head].ToLowerInvariant() is "engage" or "participate" or "involve" or "take" ? head : -1;
    }

    /// <summary>True for a clause whose marker ("of", "for", "if"...) is one of <paramref name="markers"/>.</summary>
    public static bool IntroducedBy(SentenceGraph g, int clause, params ReadOnlySpan<string> markers)
    {
        foreach (var c in g.Children(clause))
            if (g.Relations[c] is "mark" or "case")
                foreach (var m in markers)
                    if (g.Lemmas[c].Equals(m, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>True for a clause introduced by infinitival "to".</summary>
    public static bool HasInfinitiveMark(SentenceGraph g, int verb)
    {
        foreach (var c in g.Children(verb))
            if (g.Relations[c] == "mark" && g.Lemmas[c].Equals("to", StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static readonly HashSet<string> Particles = ["out", "off", "up", "down", "over", "back", "away", "in", "on"];

    /// <summary>The particle of a phrasal verb ("out" in "kicked out"), also when the parser made it an adverb.</summary>
    public static string? Particle(SentenceGraph g, int verb)
    {
        foreach (var c in g.Children(verb))
        {
            var lemma = g.Lemmas[c].ToLowerInvariant();
            if (g.Relations[c] == "compound:prt" || g.Relations[c] == "advmod" && Particles.Contains(lemma)) return lemma;
        }
        return null;
    }

    private static readonly HashSet<string> FightingNouns = new(StringComparer.OrdinalIgnoreCase)
        { "clash", "clashes", "fighting", "attack", "attacks", "raid", "raids", "shelling", "strike", "strikes", "airstrike", "airstrikes", "ambush", "offensive", "battle", "bombing", "assault" };

    /// <summary>
    /// The "with" or "by" side of the fighting in which something happened: "killed in clashes with Azerbaijan",
    /// "wounded in an attack by the Taliban"; -1 when the verb names none.
    /// </summary>
    public static int FightingSide(SentenceGraph g, int verb)
    {
        foreach (var c in g.Children(verb))
        {
            if (!g.Relations[c].StartsWith("obl", StringComparison.Ordinal) || g.CaseOf(c) is not ("in" or "during") || !FightingNouns.Contains(g.Lemmas[c])) continue;
            foreach (var side in g.Children(c))
                if (g.Relations[side] is not ("nmod:poss" or "case") && g.CaseOf(side) is "with" or "by") return side;
        }
        return -1;
    }

    private static readonly HashSet<string> QuantityNouns = ["dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
        "number", "group", "series", "some", "many", "score", "scores", "lot", "lots", "couple", "handful", "several", "most", "all", "each", "none", "tens"];

    /// <summary>"dozens of protesters", "hundreds of thousands of people": the people are the noun after the last "of".</summary>
    public static int ThroughQuantity(SentenceGraph g, int head)
    {
        for (int hops = 0; hops < 3 && (QuantityNouns.Contains(g.Lemmas[head].ToLowerInvariant()) || g.Upos[head] == "NUM"); hops++)
        {
            int of = -1;
            foreach (var c in g.Children(head))
                if (g.Relations[c].StartsWith("nmod", StringComparison.Ordinal) && g.CaseOf(c) == "of") { of = c; break; }
            if (of < 0) break;
            head = of;
        }
        return head;
    }
}
