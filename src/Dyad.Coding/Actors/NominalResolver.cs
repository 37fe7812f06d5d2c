using Dyad.Actors;
using Dyad.Coding.Grammar;
using Dyad.Core.Actors;

namespace Dyad.Coding.Actors;

/// <summary>
/// Finds the actor a noun phrase stands for: a name it contains ("NATO", "Jens Stoltenberg"), an
/// agent noun combined with the country that modifies it ("Russia's intelligence services" RUSSPY,
/// "Kremlin spokesman" RUSGOV), a later reference to an earlier actor ("the alliance", "he"), and
/// each conjunct of a coordination ("Russia and China").
/// </summary>
public static class NominalResolver
{
    private static readonly HashSet<string> OrganisationNouns = ["alliance", "organization", "organisation", "bloc", "union", "body", "council", "group", "coalition"];
    private static readonly HashSet<string> CountryNouns = ["country", "government", "nation", "state", "kingdom", "republic", "administration", "regime", "authorities"];
    private static readonly HashSet<string> PersonPronouns = ["he", "she", "him", "her"];
    private static readonly HashSet<string> BodyNouns = ["assembly", "council", "commission", "committee", "parliament", "congress", "court", "tribunal", "agency", "bank", "fund", "forum", "league", "conference"];

    /// <summary>Every actor of the nominal and its conjuncts; a place counts only where <paramref name="placesAsActors"/> (acts done to a city are done to its country).</summary>
    public static List<ResolvedActor> Resolve(SentenceGraph g, SentenceActors actors, DocumentMemory memory, int head, bool placesAsActors = true)
    {
        var found = new List<ResolvedActor>(2);
        if (!placesAsActors && actors.At(head) is { Kind: MentionKind.Place }) return found;
        // "Russia called on both the nations", "talks between the two countries": the last two countries named,
        // before "the nations" can be read as the last one alone.
        if (actors.At(head) is null && IsPairReference(g, head) && memory is { LastCountry: { } last, PreviousCountry: { } previous })
        {
            found.Add(new ResolvedActor(previous.Code, previous.Name, head, head));
            found.Add(new ResolvedActor(last.Code, last.Name, head, head));
            return found;
        }
        AddWithConjuncts(g, actors, memory, head, found);
        return found;
    }

    private static readonly HashSet<string> MinorityPeoples = new(StringComparer.OrdinalIgnoreCase)
        { "Serb", "Serbs", "Croat", "Croats", "Albanian", "Albanians", "Russian", "Russians", "Armenian", "Armenians", "Arab", "Arabs", "Palestinian", "Palestinians",
          "Turk", "Turks", "Hungarian", "Hungarians", "Azeri", "Azeris", "Uzbek", "Uzbeks", "Tajik", "Tajiks", "Somali", "Somalis", "Pashtun", "Pashtuns" };

    private static readonly HashSet<string> PairNouns = ["country", "nation", "side", "neighbour", "neighbor", "government", "state", "rival"];

    /// <summary>"both (the) nations", "the two countries", "both sides".</summary>
    private static bool IsPairReference(SentenceGraph g, int head)
    {
        if (g.Upos[head] != "NOUN" || !PairNouns.Contains(g.Lemmas[head].ToLowerInvariant())) return false;
        foreach (var c in g.Children(head))
            if (g.Lemmas[c].ToLowerInvariant() is "both" or "two") return true;
        return false;
    }

    private static void AddWithConjuncts(SentenceGraph g, SentenceActors actors, DocumentMemory memory, int head, List<ResolvedActor> found)
    {
        if (One(g, actors, memory, head) is not { } a) return;
        found.Add(a);
        foreach (var c in g.Children(head))
            if (g.Relations[c] == "conj" && One(g, actors, memory, c) is { } more && !found.Exists(f => f.Code == more.Code))
                found.Add(more);
        // "the leaders of Japan and South Korea": the conjuncts of the name that gave the phrase its actor.
        if (actors.At(head) is null && ModifierToken(g, actors, head, 0) is >= 0 and var modifier)
            foreach (var c in g.Children(modifier))
                if (g.Relations[c] == "conj" && actors.At(c) is { Kind: not (MentionKind.Person or MentionKind.Place) } m && !found.Exists(f => f.Code == m.Code))
                    found.Add(new ResolvedActor(m.Code, m.Name, m.First, m.Last));
    }

    /// <summary>The actor of one nominal, without its conjuncts.</summary>
    public static ResolvedActor? One(SentenceGraph g, SentenceActors actors, DocumentMemory memory, int head)
    {
        if (actors.Blocked[head]) return null;
        var role = actors.Roles[head] ?? TitleRole(g, actors, head) ?? CompoundRole(g, actors, head);
        if (actors.At(head) is { } m)
        {
            // "air strikes on markets in Khartoum": a capital in a place phrase is the place, not the government it speaks for.
            if (m.Kind == MentionKind.Government && m.PlaceCountry is { } country && IsPlacePhrase(g, head))
                return Phrase(g, head, country, m.Name, m.First, m.Last);
            // "Bosnian Serbs", "Kosovo Albanians": a people living as a minority, named with their country's adjective
            // ("Greek Cypriots" are Cypriots of Greek descent, and stay CYP).
            if (m.Kind == MentionKind.Country && g.Upos[head] is "NOUN" or "PROPN" && MinorityPeoples.Contains(g.Forms[head]))
                foreach (var c in g.Children(head))
                    if (g.Relations[c] == "amod" && actors.At(c) is { Kind: MentionKind.Country } home && home.Code.Prefix != m.Code.Prefix)
                        return Phrase(g, head, home.Code, home.Name, home.First, home.Last);
            return Phrase(g, head, m.Code, m.Name, m.First, m.Last);
        }
        // "Mr Pashinyan", "Recep Erdogan": the parser heads the name with the honorific or an unlisted first name.
        foreach (var c in g.Children(head))
            if (g.Relations[c] == "flat" && g.Upos[head] == "PROPN" && actors.At(c) is { Kind: MentionKind.Person } person)
                return Phrase(g, head, person.Code, person.Name, person.First, person.Last);
        // "the organization's Brussels headquarters": a possessor that refers back outranks a name inside the phrase.
        foreach (var c in g.Children(head))
            if (g.Relations[c] == "nmod:poss" && actors.At(c) is null && Coreferent(g, actors, memory, c) is { } possessor)
                return Phrase(g, head, role is not null ? AgentCombination.Combine(possessor.Code, new ActorCode(role)) : possessor.Code, possessor.Name, c, c);
        // "Serbia said its forces had withdrawn", "Russia pulled out its troops": an agent owned by a possessive pronoun.
        if (role is not null && PossessiveOwner(g, actors, memory, head) is { } ownerOfPronoun)
            return Phrase(g, head, AgentCombination.Combine(ownerOfPronoun.Code, new ActorCode(role)), ownerOfPronoun.Name, head, head);
        if (ModifierToken(g, actors, head, depth: 0) is >= 0 and var modToken && actors.At(modToken) is { } mod)
            return Phrase(g, head, Owned(g, modToken, mod, role), mod.Name, mod.First, mod.Last);
        if (SpeakerOf(g, actors, memory, head) is { } speaker) return speaker with { First = head, Last = head };
        if (Coreferent(g, actors, memory, head) is { } earlier) return Phrase(g, head, earlier.Code, earlier.Name, head, head);
        if (ItOfTheLastSentence(g, actors, memory, head) is { } lead) return Phrase(g, head, lead.Code, lead.Name, head, head);
        foreach (var c in g.Children(head))
        {
            if (g.Relations[c] != "appos") continue;
            if (actors.At(c) is { } ap) return Phrase(g, head, ap.Code, ap.Name, ap.First, ap.Last);
            // "Kenzo Oshima, the United Nations relief coordinator": the organisation or country the apposition names.
            if (ModifierToken(g, actors, c, depth: 0) is >= 0 and var owner && actors.At(owner) is { Kind: not (MentionKind.Place or MentionKind.Person) } of)
                return Phrase(g, head, Owned(g, owner, of, actors.Roles[c]), of.Name, of.First, of.Last);
        }
        return null;
    }

    /// <summary>
    /// Whose "its" or "their" owns the noun: the subject of the noun's clause ("Russia withdrew its troops"), or,
    /// where the noun is that subject, the subject of the clause that reports it ("Serbia said its forces had
    /// withdrawn"). A pronoun subject is too weak a link to follow. Each resolution of a subject starts from a
    /// clause higher in the tree, so the recursion through <see cref="One"/> ends.
    /// </summary>
    private static ResolvedActor? PossessiveOwner(SentenceGraph g, SentenceActors actors, DocumentMemory memory, int head)
    {
        int pronoun = -1;
        foreach (var c in g.Children(head))
            if (g.Relations[c] == "nmod:poss" && g.Upos[c] == "PRON" && g.Lemmas[c].ToLowerInvariant() is "its" or "their" or "it" or "they") pronoun = c;
        if (pronoun < 0) return null;
        int clause = Clause(g, head);
        if (clause < 0) return null;
        int subject = g.Child(clause, "nsubj");
        // The noun is its clause's subject: look to the clause that reports it.
        if (subject == head && Clause(g, clause) is >= 0 and var reporting)
            subject = g.Child(reporting, "nsubj");
        return subject >= 0 && subject != head && subject < pronoun && g.Upos[subject] != "PRON" ? One(g, actors, memory, subject) : null;
    }

    /// <summary>The verb whose clause holds the token (its nearest verb ancestor), -1 at the root.</summary>
    private static int Clause(SentenceGraph g, int token)
    {
        int v = g.Heads[token];
        for (int hops = 0; v >= 0 && g.Upos[v] is not ("VERB" or "AUX") && hops <= g.Count; hops++) v = g.Heads[v];
        return v;
    }

    /// <summary>
    /// The code of a noun owned by the actor that modifies it, with the noun's role ("Kremlin spokesman");
    /// "reporters in Brussels" are in Belgium: a capital in a place phrase is the place, not the power it speaks for.
    /// </summary>
    private static ActorCode Owned(SentenceGraph g, int modToken, ActorSpan mod, string? role)
    {
        var owner = IsPlacePhrase(g, modToken) && mod.PlaceCountry is { } country ? country : mod.Code;
        return role is not null ? AgentCombination.Combine(owner, new ActorCode(role)) : owner;
    }

    private static bool IsPlacePhrase(SentenceGraph g, int token) => g.CaseOf(token) is "in" or "at" or "near" or "outside" or "around" or "across" or "throughout";

    /// <summary>
    /// The token of a country, government or organisation that modifies the noun: adjective, compound,
    /// possessor, "of"/"from"/"in"/"by" phrase, or the subject of a relative clause ("the positions
    /// that Russia can accredit"); -1 when there is none.
    /// </summary>
    internal static int ModifierToken(SentenceGraph g, SentenceActors actors, int head, int depth)
    {
        foreach (var c in g.Children(head))
        {
            var rel = g.Relations[c];
            if (rel == "acl:relcl" && g.Child(c, "nsubj") is >= 0 and var subject && actors.At(subject) is { Kind: not (MentionKind.Person or MentionKind.Place) })
                return subject;
            bool modifier = rel is "amod" or "compound" or "nmod:poss" or "nmod:desc" or "flat" or "nmod"
                && (rel != "nmod" || g.CaseOf(c) is "of" or "from" or "in" or "by" or "throughout" or "across");
            if (!modifier || actors.Blocked[c]) continue;
            // "Demonstrators in Baghdad" are Iraqi; "officials of the ministry in Paris" too.
            if (actors.At(c) is { } m && (m.Kind is not (MentionKind.Person or MentionKind.Place) || rel == "nmod")) return c;
            if (depth < 2 && ModifierToken(g, actors, c, depth + 1) is >= 0 and var deeper) return deeper;
        }
        return -1;
    }

    /// <summary>
    /// The role a title gives a name the dictionaries do not know: "Egyptian Foreign Minister Sameh
    /// Shoukry" is EGYGOV through "Minister". Such names are what `dyad actors` lists for curators.
    /// </summary>
    public static string? TitleRole(SentenceGraph g, SentenceActors actors, int head)
    {
        if (g.Upos[head] != "PROPN") return null;
        foreach (var c in g.Children(head))
            if (g.Relations[c] is "compound" or "nmod:desc" or "appos" or "flat" && actors.Roles[c] is { } role) return role;
        return null;
    }

    /// <summary>"Israeli army bulldozers", "police vans": a thing named by its agent noun belongs to that agent.</summary>
    private static string? CompoundRole(SentenceGraph g, SentenceActors actors, int head)
    {
        if (g.Upos[head] != "NOUN") return null;
        foreach (var c in g.Children(head))
            if (g.Relations[c] == "compound" && g.Upos[c] == "NOUN" && actors.Roles[c] is { } role && actors.At(c) is null) return role;
        return null;
    }

    /// <summary>"Russia said it would respond": "it" or "they" as subject of what someone said is the speaker.</summary>
    private static ResolvedActor? SpeakerOf(SentenceGraph g, SentenceActors actors, DocumentMemory memory, int head)
    {
        if (g.Upos[head] != "PRON" || g.Lemmas[head].ToLowerInvariant() is not ("it" or "they" or "we") || !g.RelationIs(head, "nsubj")) return null;
        int clause = g.Heads[head];
        if (clause < 0 || g.Relations[clause] is not ("ccomp" or "xcomp" or "conj") || g.Heads[clause] < 0) return null;
        int subject = g.Child(g.Heads[clause], "nsubj");
        return subject >= 0 && g.Upos[subject] != "PRON" ? One(g, actors, memory, subject) : null;
    }

    /// <summary>
    /// "The African Union condemned the coup. It called on the junta to ...": "it" acting as a subject, with no
    /// country or organisation named before it in its own sentence, is the lead actor of the last sentence.
    /// An "it" of a copula or of a verb of seeming is no one ("it is clear", "it seems").
    /// </summary>
    private static ActorSpan? ItOfTheLastSentence(SentenceGraph g, SentenceActors actors, DocumentMemory memory, int head)
    {
        if (g.Upos[head] != "PRON" || !g.Lemmas[head].Equals("it", StringComparison.OrdinalIgnoreCase) || g.Relations[head] != "nsubj") return null;
        int verb = g.Heads[head];
        if (verb < 0 || g.Upos[verb] != "VERB" || g.Lemmas[verb].ToLowerInvariant() is "seem" or "appear" or "remain" or "take" or "happen" or "matter" or "mean") return null;
        foreach (var m in actors.Mentions)
            if (m.First < head && m.Kind is MentionKind.Organisation or MentionKind.Country or MentionKind.Government) return null;
        return memory.LastLead;
    }

    /// <summary>
    /// What "he" or "the group" refers to: the last person or organisation named before it in its own
    /// sentence ("the army accused the Rapid Support Forces, while the paramilitary group blamed..."), else
    /// in the sentences before. "The country" is the last country named before this sentence.
    /// </summary>
    private static ActorSpan? Coreferent(SentenceGraph g, SentenceActors actors, DocumentMemory memory, int head)
    {
        var lemma = g.Lemmas[head].ToLowerInvariant();
        if (g.Upos[head] == "PRON") return PersonPronouns.Contains(lemma) ? EarlierInSentence(actors, head, MentionKind.Person) ?? memory.LastPerson : null;
        if (g.Upos[head] != "NOUN" || !HasDefiniteArticle(g, head)) return null;
        // "the assembly": the body named so, in this sentence first. Only nouns bodies are named by ("the state"
        // after "Islamic State" is still a country).
        if (BodyNouns.Contains(lemma))
        {
            if (EarlierInSentence(actors, head, MentionKind.Organisation) is { } here && g.Forms[here.Last].Equals(g.Forms[head], StringComparison.OrdinalIgnoreCase)) return here;
            if (memory.OrganisationCalled(g.Forms[head]) is { } named) return named;
        }
        if (OrganisationNouns.Contains(lemma)) return EarlierInSentence(actors, head, MentionKind.Organisation) ?? memory.LastOrganisation;
        if (CountryNouns.Contains(lemma)) return memory.LastCountry;
        return null;
    }

    private static ActorSpan? EarlierInSentence(SentenceActors actors, int head, MentionKind kind)
    {
        ActorSpan? last = null;
        foreach (var m in actors.Mentions)
            if (m.Kind == kind && m.Last < head) last = m;
        return last;
    }

    private static bool HasDefiniteArticle(SentenceGraph g, int head)
    {
        foreach (var c in g.Children(head))
            if (g.Relations[c] == "det" && g.Lemmas[c].Equals("the", StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>The phrase's tokens: its determiners, numbers and modifiers up to the head and the name.</summary>
    private static ResolvedActor Phrase(SentenceGraph g, int head, ActorCode code, string name, int first, int last)
    {
        first = Math.Min(first, head);
        last = Math.Max(last, head);
        foreach (var c in g.Children(head))
        {
            if (c < first && g.Relations[c] is "det" or "nummod" or "amod" or "compound" or "nmod:poss" or "nmod:desc" or "flat")
                first = Math.Min(first, g.SubtreeRange(c).First);
            if (c > head && g.Relations[c] == "flat") last = Math.Max(last, c);
        }
        return new ResolvedActor(code, name, first, last);
    }
}
