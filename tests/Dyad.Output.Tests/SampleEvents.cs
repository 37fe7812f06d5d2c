using Dyad.Core.Actors;
using Dyad.Core.Events;
using Dyad.Core.Ontology;
using Dyad.Core.Time;

namespace Dyad.Output.Tests;

internal static class SampleEvents
{
    public static CodedEvent Expulsion() => new()
    {
        Doc = "nato.txt",
        EventId = "0123456789abcdef",
        Source = new ActorMention(new ActorCode("IGOWSTNAT"), "NATO", new TextSpan("NATO", 0, 4)),
        Target = new ActorMention(new ActorCode("RUSGOV"), "Russia", new TextSpan("eight Russian diplomats", 14, 37)),
        Cameo = new CameoCode("161"),
        CameoName = "Reduce or break diplomatic relations",
        Goldstein = -4.0,
        Plover = new PloverCoding("SANCTION", "expel", "diplomatic"),
        Date = new PartialDate(2021, 10, 6),
        Reported = new PartialDate(2021, 10, 7),
        Location = new EventLocation("Brussels", "BEL", 50.85, 4.35),
        Quantity = new Quantity(8, "diplomat"),
        Sentence = "NATO expelled eight Russian diplomats, saying they were \"spies\".",
        Trigger = new TextSpan("expelled", 5, 13),
        Rule = "expel-diplomats",
        Confidence = 0.85,
    };
}
