using Dyad.Coding.Actors;
using Dyad.Coding.Grammar;
using Dyad.Coding.Patterns;
using Dyad.Coding.Quantities;
using Dyad.Coding.Time;
using Dyad.Core.Actors;
using Dyad.Core.Documents;
using Dyad.Core.Events;
using Dyad.Core.Ontology;

namespace Dyad.Coding.Engine;

/// <summary>
/// Codes the events of one analysed document: for each trigger word with patterns, finds source
/// and target in the dependency tree, picks the first pattern whose constraints hold, and attaches
/// date, quantity, modality and evidence. Thread-safe: all state is per call.
/// </summary>
public sealed partial class EventCoder(PatternSet patterns)
{
    /// <summary>Keep denied events and questions in the output (they are not events that happened).</summary>
    public bool KeepUnreal { get; init; }

    public IReadOnlyList<CodedEvent> Code(Article article, IReadOnlyList<CodingInput> sentences)
    {
        var memory = new DocumentMemory();
        var dater = new EventDater(article.Published);
        var events = new List<CodedEvent>();
        foreach (var s in sentences)
        {
            dater.Enter(s.Graph, s.Paragraph);
            for (int t = 0; t < s.Graph.Count; t++) CodeTrigger(article, s, t, memory, dater, events);
            dater.Leave();
            memory.Remember(s.Graph, s.Actors);
        }
        return EventMerger.Merge(events);
    }

    private void CodeTrigger(Article article, CodingInput s, int t, DocumentMemory memory, EventDater dater, List<CodedEvent> events)
    {
        var g = s.Graph;
        bool isNoun = g.Upos[t] is "NOUN" or "PROPN";
        if (!isNoun && g.Upos[t] != "VERB") return;
        var lemma = g.Lemmas[t].ToLowerInvariant();
        var candidates = isNoun ? patterns.ForNoun(lemma) : patterns.ForVerb(lemma, Roles.Particle(g, t));
        if (candidates.Count == 0 || isNoun && NamedByItsVerb(g, t) || !isNoun && (ModalityDetector.IsAskedFor(g, t) || Naming(g, t, lemma))) return;
        int objectHead = isNoun ? -1 : Roles.Object(g, t);
        // "called for talks", "asked for aid": what is asked for plays the object of a light verb.
        if (objectHead < 0 && !isNoun) objectHead = Roles.ForPhrase(g, t);
        // What does not depend on the pattern, worked out once for the trigger when a pattern first fits.
        EventLocation? place = null;
        ResolvedActor? here = null;
        bool passive = false, known = false;
        int subject = -1;
        foreach (var p in candidates)
        {
            if (!Fits(p, g, t, objectHead) || FramesAnotherAct(p, g, t, lemma, objectHead)) continue;
            if (!known)
            {
                place = EventPlaces.Find(g, s.Actors, t);
                // The country where it happened, as an actor: whose groups named only by their sector are.
                here = place is { Country: { } home } ? new ResolvedActor(new ActorCode(home), home, t, t) : null;
                passive = !isNoun && Roles.IsPassive(g, t);
                subject = isNoun ? -1 : Roles.Subject(g, t);
                known = true;
            }
            bool protest = p.Cameo.RootNumber == 14;
            // "Palestinian youths threw stones during demonstrations against the military": people acting during a protest
            // took part in it (the state, its forces and police acting during it did not), whatever the parser hung on the noun.
            var participant = isNoun && protest ? Participant(g, s.Actors, memory, t) : null;
            var sources = participant is { } taking ? [taking] : Fill(g, s.Actors, memory, t, p.Source, isNoun, objectHead, placesAsActors: false);
            // A protest named by a noun is a street protest only when people outside the state hold it ("China's protest" is a complaint).
            if (isNoun && protest && participant is null && sources.Count > 0 && !Civilian(sources[0].Code)) continue;
            var targets = Fill(g, s.Actors, memory, t, p.Target, isNoun, objectHead, placesAsActors: true);
            // "Greece demanded that its partners refuse", "Iran warned that the US would pay": the one the clause is about.
            if (targets.Count == 0 && !isNoun && Roles.ComplementSubject(g, t) is >= 0 and var about)
                targets = NominalResolver.Resolve(g, s.Actors, memory, about, placesAsActors: false);
            // "in defiance of the authorities", "on hunger strike to demand the resignation of President Ben Bella".
            if (targets.Count == 0 && protest && Roles.ProtestedAgainst(g, isNoun && g.Heads[t] >= 0 ? g.Heads[t] : t) is >= 0 and var defied)
                targets = NominalResolver.Resolve(g, s.Actors, memory, defied, placesAsActors: false);
            bool guessed = false;
            // "Egyptian police dispersed demonstrators": a group named only by its sector belongs to the other side's country,
            // or, for an act of protest or force, to the place where it happened ("bombers killed 23 people in Tel Aviv").
            if (targets.Count == 0 && sources.Count > 0 && SectorOnly(g, s.Actors, t, p.Target, isNoun, objectHead, VictimsHome(here, p.Cameo, sources[0])) is { } domesticTarget)
                targets = [domesticTarget];
            // ("Envoys met US officials": officials and soldiers named only by their sector are nobody's in particular.)
            // (Protesters are where they protest: "people blocked streets in Hong Kong in defiance of Chinese authorities".)
            ResolvedActor? counterpart = protest && here is not null ? here : targets.Count > 0 ? targets[0] : null;
            if (sources.Count == 0 && counterpart is { } other && SectorOnly(g, s.Actors, t, p.Source, isNoun, objectHead, other) is { } domesticSource
                && !StateSector(domesticSource.Code))
                sources = [domesticSource];
            // "Students demonstrated against the government in Nairobi": with no country on either side, groups named by their sector belong where it happened.
            if (sources.Count == 0 && here is { } scene && SectorOnly(g, s.Actors, t, p.Source, isNoun, objectHead, scene) is { } local)
            {
                sources = [local];
                if (targets.Count == 0 && SectorOnly(g, s.Actors, t, p.Target, isNoun, objectHead, scene) is { } localTarget) targets = [localTarget];
            }
            // "A roadside bombing near Samarra killed a U.S. soldier": violence with no one named but a device is
            // coded, as ICEWS does, to the country where it happened.
            if (sources.Count == 0 && !isNoun && p.Cameo.RootNumber >= 18 && Device(g, t) is >= 0 and var device
                && (place ?? EventPlaces.Find(g, s.Actors, device)) is { Country: { } where })
            {
                sources = [new ResolvedActor(new ActorCode(where), where, device, device)];
                guessed = true;
            }
            // "49 troops were killed in border clashes with Azerbaijan", "wounded in an attack by the Taliban": the other side of the fighting.
            if (sources.Count == 0 && !isNoun && p.Cameo.RootNumber >= 18 && passive && Roles.FightingSide(g, t) is >= 0 and var side)
                sources = NominalResolver.Resolve(g, s.Actors, memory, side, placesAsActors: false);
            // "..., he said, citing Russia's aggressive actions": a participle clause belongs to the verb before it.
            if (sources.Count == 0 && !isNoun && g.Forms[t].EndsWith("ing", StringComparison.OrdinalIgnoreCase) && subject < 0 && PrecedingSubject(g, t) is >= 0 and var speaker)
                sources = NominalResolver.Resolve(g, s.Actors, memory, speaker, placesAsActors: false);
            if (sources.Count == 0 && !isNoun && !passive && subject < 0 && NearestLeftActor(g, s.Actors, memory, t) is { } left)
            {
                // A clause whose subject the parser missed: the actor just before the verb, outside any preposition phrase.
                sources = [left];
                guessed = true;
            }
            if (sources.Count == 0 && passive && LastOfRoot(events, p.Cameo.Root) is { } earlier)
            {
                // "Seven diplomats were kicked out": an agentless passive continues the story of the last such act.
                sources = [new ResolvedActor(earlier.Source.Code, earlier.Source.Name, t, t)];
                guessed = true;
            }
            if (targets.Count == 0 && objectHead >= 0 && patterns.Classes.Contains("PROPOSAL", g.Lemmas[objectHead].ToLowerInvariant())
                && events.FindLast(e => e.Cameo.Root is "02" or "03" or "10") is { } proposal)
            {
                // "declined to take up the offer": the offer is the one last reported.
                targets = [new ResolvedActor(proposal.Source.Code, proposal.Source.Name, objectHead, objectHead)];
            }
            // "talks between Armenia and Azerbaijan", "Russia and Ukraine exchanged prisoners": one slot holds both sides,
            // when the act is one both sides do (an exchange is coded once from each side) ("the UN and the AU sent observers" is not the UN sending them to the AU).
            bool mutual = Reciprocal(g, t, p.Cameo);
            if (targets.Count == 0 && sources.Count >= 2 && mutual) targets = JointAct(p.Cameo) ? [sources[1]] : sources;
            // (Protesters "in Nairobi" do not protest against Kenya: their own country named as a place is where, not whom.)
            if (targets.Count == 0 && sources.Count > 0 && FirstActorIn(g, s.Actors, memory, t, sources[0], sidesWithSource: !mutual) is { } nearby
                && !(protest && nearby.Code.Value.Length == 3 && nearby.Code.Prefix == sources[0].Code.Prefix))
            {
                // The frame found no target: take the nearest actor in the trigger's phrase, as a dictionary coder would.
                targets = [nearby];
                guessed = true;
            }
            if (targets.Count == 0 && sources.Count > 0 && protest && sources[0].Code is { IsIgo: false, Prefix: not "NGO" } protester
                && (!isNoun || Civilian(protester)))
            {
                // A protest with no one named against: it is against the protesters' own government, as ICEWS codes it
                // ("China's protest" or "a demonstration of force" by a state is no street protest).
                targets = [new ResolvedActor(new ActorCode(protester.Prefix + "GOV"), protester.Prefix, t, t)];
                guessed = true;
            }
            if (sources.Count == 0 && targets.Count >= 2) sources = [targets[0]];
            if (sources.Count == 0 || targets.Count == 0) return;
            var (modality, governor) = ModalityDetector.Detect(g, t);
            var cameo = p.Cameo;
            if (modality == Modality.Negated && governor is "refuse" or "reject" or "decline")
            {
                // "Israel refused to lift the curfew on Palestinians" is a rejection, not a lifting that did not happen.
                cameo = RefusalCodes.For(p.Cameo);
                modality = Modality.Asserted;
            }
            if (!KeepUnreal && modality is Modality.Negated or Modality.Question) return;
            if (modality == Modality.Intended && IntentCodes.Readied(p.Cameo, governor) is { } readied) (cameo, modality) = (readied, Modality.Asserted);
            else if (modality == Modality.Intended && governor is not null && IntentCodes.For(p.Cameo, governor) is { } intent) cameo = intent;
            // "Manila and Beijing blamed one another": each side did it to the other.
            if (sources.Count >= 2 && objectHead >= 0 && g.Lemmas[objectHead].ToLowerInvariant() is "another" or "other")
                targets = sources;
            foreach (var src in sources)
                foreach (var tgt in targets)
                    // "Azerbaijan said its troops responded to provocations": a speaker does not blame its own side;
                    // "Turkey authorized the deployment of troops": a state moving its own forces acts on no one.
                    if ((src.Code != tgt.Code || DomesticMeasure(cameo)) && (p.ComplementClass is null || src.Code.Prefix != tgt.Code.Prefix) && !OwnForces(src, tgt, cameo))
                        events.Add(Build(article, g, t, p, cameo, src, tgt, modality, dater, objectHead, place, guessed));
            return;
        }
    }

    private static List<ResolvedActor> Fill(SentenceGraph g, SentenceActors actors, DocumentMemory memory, int t, IReadOnlyList<RoleSpec> specs, bool isNoun, int objectHead, bool placesAsActors)
    {
        foreach (var spec in specs)
            foreach (int head in Roles.Find(g, t, spec, isNoun, objectHead))
            {
                var found = NominalResolver.Resolve(g, actors, memory, head, placesAsActors);
                if (found.Count > 0) return found;
            }
        return [];
    }

    /// <summary>
    /// "Unions staged a strike", "continued their hunger strike": an event noun whose verb has a pattern
    /// for that very object is coded once, by the verb, and not again on its own reading (an air strike).
    /// </summary>
    private bool NamedByItsVerb(SentenceGraph g, int noun)
    {
        int verb = g.Heads[noun];
        if (verb < 0 || g.Upos[verb] != "VERB" || Roles.Object(g, verb) != noun) return false;
        foreach (var p in patterns.ForVerb(g.Lemmas[verb].ToLowerInvariant(), Roles.Particle(g, verb)))
            if ((p.ObjectNouns is not null || p.ObjectClass is not null) && Fits(p, g, verb, noun)) return true;
        return false;
    }

    private static CodedEvent Build(Article article, SentenceGraph g, int t, EventPattern p, CameoCode cameo,
        ResolvedActor src, ResolvedActor tgt, Modality modality, EventDater dater, int objectHead, EventLocation? place, bool guessedTarget)
    {
        var type = Cameo.Instance[cameo];
        var plover = cameo == p.Cameo && p.Plover is not null ? p.Plover : PloverOf(cameo);
        return new CodedEvent
        {
            Doc = article.Id,
            EventId = EventIds.Of(article.Id, g.Starts[t], cameo.Value, src.Code.Value, tgt.Code.Value),
            Source = Mention(article, g, src),
            Target = Mention(article, g, tgt),
            Cameo = cameo,
            CameoName = type.Name,
            Goldstein = type.Goldstein,
            Plover = plover,
            Date = dater.DateOf(g, t),
            Reported = article.Published,
            Quantity = QuantityOf(g, t, tgt, objectHead),
            Location = place,
            Modality = modality,
            Sentence = g.Text,
            SentenceStart = g.Offset,
            Trigger = new TextSpan(g.Forms[t], g.Starts[t], g.Ends[t]),
            Rule = p.Id,
            Confidence = Confidence(p, modality) - (guessedTarget ? 0.2 : 0),
        };
    }

    /// <summary>CAMEO's statements (01) and appeals (02) have no row in the PLOVER table: PLOVER folds appeals into REQUEST.</summary>
    private static PloverCoding PloverOf(CameoCode cameo) =>
        Cameo.Instance.Plover(cameo) ?? (cameo.Root == "02" ? new PloverCoding("REQUEST", null, null) : new PloverCoding("STATEMENT", null, null));

    private static ActorMention Mention(Article article, SentenceGraph g, ResolvedActor a)
    {
        int start = g.Starts[a.First], end = g.Ends[a.Last];
        return new ActorMention(a.Code, a.Name, new TextSpan(article.Text[start..end], start, end));
    }

    private static Quantity? QuantityOf(SentenceGraph g, int t, ResolvedActor target, int objectHead)
    {
        var (first, last) = g.SubtreeRange(t);
        if (QuantityChangeFinder.Find(g.Text, g.Starts[first] - g.Offset, g.Ends[last] - g.Offset) is { } change)
            return new Quantity(null, objectHead >= 0 ? g.Lemmas[objectHead] : null, change.From, change.To);
        foreach (int head in (ReadOnlySpan<int>)[objectHead, target.Last])
        {
            if (head < 0) continue;
            foreach (var c in g.Children(head))
                if (g.Relations[c] == "nummod" && NumberWords.TryParse(NumberPhrase(g, c), out var n))
                    return new Quantity(n, g.Lemmas[head].ToLowerInvariant());
        }
        return null;
    }

    /// <summary>A number with the words that build it, in text order: "1.5 million", "two hundred".</summary>
    private static List<string> NumberPhrase(SentenceGraph g, int number)
    {
        var parts = new List<int> { number };
        foreach (var c in g.Children(number))
            if (g.Relations[c] is "compound" or "nummod" or "flat") parts.Add(c);
        parts.Sort();
        return parts.ConvertAll(i => g.Forms[i]);
    }

    private static double Confidence(EventPattern p, Modality modality)
    {
        double c = p.ObjectNouns is not null || p.ObjectClass is not null ? 0.85 : p.IsNoun ? 0.65 : 0.75;
        return modality == Modality.Hedged ? c - 0.2 : c;
    }
}
