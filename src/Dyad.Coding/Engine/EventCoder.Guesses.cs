using Dyad.Coding.Actors;
using Dyad.Coding.Grammar;
using Dyad.Coding.Patterns;
using Dyad.Core.Actors;
using Dyad.Core.Events;
using Dyad.Core.Ontology;

namespace Dyad.Coding.Engine;

/// <summary>
/// What the coder does when a pattern's frame leaves a role empty: the nearest actor in the clause, a group
/// named by its sector taking the other side's (or the place's) country, a device's place, the other side of
/// a mutual act. Events with a guessed target carry a lower confidence.
/// </summary>
public sealed partial class EventCoder
{
    /// <summary>A role slot filled by a bare agent noun ("demonstrators", "the opposition") takes the country of the other actor.</summary>
    private static ResolvedActor? SectorOnly(SentenceGraph g, SentenceActors actors, int t, IReadOnlyList<RoleSpec> specs, bool isNoun, int objectHead, ResolvedActor other)
    {
        if (other.Code.IsIgo || other.Code.Prefix == "NGO") return null;
        foreach (var spec in specs)
            foreach (int head in Roles.Find(g, t, spec, isNoun, objectHead))
                if ((actors.Roles[head] ?? NominalResolver.TitleRole(g, actors, head)) is { } role && actors.At(head) is null)
                    return new ResolvedActor(new ActorCode(other.Code.Prefix + role), other.Code.Prefix, head, head);
        return null;
    }

    /// <summary>
    /// "Turkey authorized the deployment of troops", "the US agreed to withdraw its troops": a state or its
    /// government moving its own army is no event between two actors. Coercing it is (a purge, arrests), and so
    /// is police acting on demonstrators.
    /// </summary>
    private static bool OwnForces(ResolvedActor source, ResolvedActor target, CameoCode code) =>
        code.RootNumber < 17 && Sector(target.Code) is "MIL" && target.Code.Prefix == source.Code.Prefix
        && (source.Code.Value.Length == 3 || Sector(source.Code) is "GOV");

    /// <summary>The role of a country's agent ("GOV" of RUSGOV), empty for a bare country or an organisation.</summary>
    private static ReadOnlySpan<char> Sector(ActorCode code) => code.Value.Length == 6 && !code.IsIgo ? code.Value.AsSpan(3) : default;

    /// <summary>
    /// Curfews and states of emergency, imposed or lifted: a state does them to its own country ("Ecuador declared a
    /// state of emergency in Guayaquil"), so source and target may be one code, as they may not elsewhere.
    /// </summary>
    private static bool DomesticMeasure(CameoCode code) => code.Value is "1723" or "1724" or "0813" or "0814";

    /// <summary>Who took part in a protest named by a noun: the group outside the state acting during it.</summary>
    private static ResolvedActor? Participant(SentenceGraph g, SentenceActors actors, DocumentMemory memory, int noun)
    {
        if (Roles.ActingDuring(g, noun) is not (>= 0 and var subject)) return null;
        if (NominalResolver.Resolve(g, actors, memory, subject, placesAsActors: false) is not [{ } taking, ..]) return null;
        // "Palestinian youths": people named by a common noun and their country alone are no state either.
        return Civilian(taking.Code) || g.Upos[subject] == "NOUN" && actors.Roles[subject] is null && actors.At(subject) is null ? taking : null;
    }

    /// <summary>A group outside the state: protesters, civilians, students, workers, rebels (not a state, its officials, forces, police, courts or spies, nor an IGO).</summary>
    private static bool Civilian(ActorCode code) =>
        Sector(code) is { IsEmpty: false } sector && sector is not ("GOV" or "MIL" or "COP" or "JUD" or "SPY" or "LEG");

    /// <summary>Officials and soldiers named only by their sector ("officials", "troops").</summary>
    private static bool StateSector(ActorCode code) => Sector(code) is "GOV" or "MIL";

    /// <summary>
    /// Whose a group hit by an act of force is: the country where it happened when the text says so
    /// ("bombers killed 23 people in Tel Aviv"), else the other side's ("Egyptian police dispersed demonstrators").
    /// Officials met somewhere are not that place's ("met officials in Geneva").
    /// </summary>
    private static ResolvedActor VictimsHome(ResolvedActor? here, CameoCode code, ResolvedActor otherwise) =>
        (code.RootNumber == 14 || code.RootNumber >= 17) && here is { } place ? place : otherwise;

    /// <summary>The device a violent verb names as its doer ("a car bomb killed", "killed by a roadside bomb", "killed in a blast"), or -1.</summary>
    private int Device(SentenceGraph g, int verb)
    {
        foreach (var c in g.Children(verb))
        {
            bool doer = g.Relations[c] is "nsubj" or "obl:agent" || g.Relations[c] == "obl" && g.CaseOf(c) is "in" or "by";
            if (doer && g.Upos[c] == "NOUN" && (IsDevice(g.Lemmas[c]) || IsHostileBlast(g, c))) return c;
        }
        return -1;
    }

    /// <summary>Acts two sides do to each other: joint acts, and whatever is exchanged, traded or fought.</summary>
    private static bool Reciprocal(SentenceGraph g, int t, CameoCode code) =>
        JointAct(code) || g.Lemmas[t].ToLowerInvariant() is "exchange" or "trade" or "swap" or "clash" or "fight" or "battle";

    /// <summary>
    /// Meeting, agreeing, signing and cooperating are one act the two sides do together; an exchange of prisoners
    /// or a clash is two acts, one by each side.
    /// </summary>
    private static bool JointAct(CameoCode code) =>
        code.Root is "04" or "06" || code.Value is "030" or "031" or "036" or "037" or "057" or "0871";

    private bool IsDevice(string lemma) => patterns.Classes.Contains("DEVICE", lemma.ToLowerInvariant());

    /// <summary>"a car bomb explosion", "an improvised explosive device": a blast that was a weapon, not a mine accident.</summary>
    private bool IsHostileBlast(SentenceGraph g, int noun)
    {
        if (g.Lemmas[noun].ToLowerInvariant() is not ("explosion" or "blast" or "device")) return false;
        foreach (var c in g.Children(noun))
            if (g.Relations[c] is "compound" or "amod" && (IsDevice(g.Lemmas[c]) || g.Lemmas[c].ToLowerInvariant() is "car" or "roadside" or "suicide" or "explosive" or "improvised"))
                return true;
        return false;
    }

    /// <summary>The subject of the nearest verb before the trigger, or -1.</summary>
    private static int PrecedingSubject(SentenceGraph g, int t)
    {
        for (int i = t - 1; i >= 0; i--)
            if (g.Upos[i] == "VERB") return Roles.Subject(g, i);
        return -1;
    }

    private static ResolvedActor? NearestLeftActor(SentenceGraph g, SentenceActors actors, DocumentMemory memory, int t)
    {
        for (int i = t - 1; i >= 0; i--)
        {
            if (g.Upos[i] == "VERB") return null;
            if (actors.At(i) is not { Kind: not MentionKind.Place } m || i != m.Last || g.CaseOf(i) is not null) continue;
            if (g.Relations[i] is "amod" or "compound" or "nmod:poss" or "nmod:desc") continue;
            return NominalResolver.One(g, actors, memory, i);
        }
        return null;
    }

    private static CodedEvent? LastOfRoot(List<CodedEvent> events, string root) => events.FindLast(e => e.Cameo.Root == root);

    /// <summary>
    /// The first actor named in the trigger's own clause after it (then before it), other than the
    /// source and, unless the act is mutual, the source's conjuncts. Clauses below it ("agreed to *hold talks with Turkey*") have their own triggers.
    /// </summary>
    private ResolvedActor? FirstActorIn(SentenceGraph g, SentenceActors actors, DocumentMemory memory, int t, ResolvedActor source, bool sidesWithSource)
    {
        var clause = new List<int>();
        var stack = new Stack<int>();
        stack.Push(t);
        while (stack.Count > 0)
        {
            int n = stack.Pop();
            clause.Add(n);
            foreach (var c in g.Children(n))
            {
                // A complement or purpose clause that codes nothing of its own belongs to this act:
                // "threatened to cut off electricity to Nakhichevan", "opened fire to disperse demonstrators".
                bool ownComplement = (g.Relations[c] == "xcomp" || g.Relations[c] is "advcl" or "acl" && Roles.HasInfinitiveMark(g, c)) && !CouldCode(g, c);
                // A condition names the one the act is aimed at: "threatened to stop talks if the United States deploys missiles".
                bool condition = g.Relations[c] == "advcl" && Roles.IntroducedBy(g, c, "if", "unless");
                // A conjoined noun shares the clause ("providing photographs and intelligence to Macedonia"); a conjoined verb has its own.
                bool nominalConjunct = g.Relations[c] == "conj" && g.Upos[c] is "NOUN" or "PROPN" && g.Upos[n] is "NOUN" or "PROPN";
                if (ownComplement || condition || nominalConjunct || g.Relations[c] is not ("xcomp" or "ccomp" or "advcl" or "acl:relcl" or "parataxis" or "conj" or "csubj")) stack.Push(c);
            }
        }
        clause.Sort();
        foreach (bool after in (ReadOnlySpan<bool>)[true, false])
        {
            foreach (int i in clause)
            {
                if (i > t != after || i >= source.First && i <= source.Last || sidesWithSource && ConjoinedWith(g, i, source) || actors.At(i) is not { Kind: not MentionKind.Place } m || i != m.Last) continue;
                // A country adjective stands for the noun it modifies: "Palestinian detainees".
                int head = g.Relations[i] is "amod" or "compound" or "nmod:poss" or "nmod:desc" && g.Heads[i] >= 0 ? g.Heads[i] : i;
                if (NominalResolver.One(g, actors, memory, head) is { } a && a.Code != source.Code) return a;
            }
        }
        // No actor but a place after the trigger: what is done in a place is done to its country ("lifted the state of emergency in West Darfur").
        foreach (int i in clause)
            if (i > t && actors.At(i) is { Kind: MentionKind.Place } place && i == place.Last && place.Code.Prefix != source.Code.Value)
                return new ResolvedActor(new ActorCode(place.Code.Prefix), place.Name, place.First, place.Last);
        // No named actor: a group named only by its sector ("to disperse demonstrators") is on the source's home ground.
        if (source.Code.IsIgo || source.Code.Prefix == "NGO") return null;
        foreach (int i in clause)
            if (i > t && g.Upos[i] == "NOUN" && actors.Roles[i] is { } role && actors.At(i) is null && (i < source.First || i > source.Last))
                return new ResolvedActor(new ActorCode(source.Code.Prefix + role), source.Code.Prefix, i, i);
        return null;
    }

    /// <summary>"The UN and the AU sent observers": the AU is on the UN's side of the act, not its target.</summary>
    private static bool ConjoinedWith(SentenceGraph g, int token, ResolvedActor source)
    {
        // Up through the phrase the token is in ("the US and representatives of the EU") to a conjunct of the source.
        for (int i = token, hops = 0; i >= 0 && hops < 6 && g.Upos[i] != "VERB"; hops++, i = g.Heads[i])
            if (g.Relations[i] == "conj" && g.Heads[i] >= source.First && g.Heads[i] <= source.Last) return true;
        return false;
    }
}
