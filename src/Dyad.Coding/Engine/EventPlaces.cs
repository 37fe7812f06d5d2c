using Dyad.Coding.Actors;
using Dyad.Coding.Grammar;
using Dyad.Core.Events;

namespace Dyad.Coding.Engine;

/// <summary>
/// Where an event happened: a place (or a country) named in an "in", "at" or "near" phrase on the trigger or on a
/// verb that governs it ("In Moscow, Kremlin spokesman Dmitry Peskov accused...") or else on its object
/// ("blocked streets in Hong Kong") or on a clause that tells how or when it happened, directly or as the "of"
/// phrase of a place noun ("in the town of Samarra").
/// </summary>
public static class EventPlaces
{
    public static EventLocation? Find(SentenceGraph g, SentenceActors actors, int trigger)
    {
        for (int v = trigger, hops = 0; v >= 0 && hops < 4; hops++, v = g.Heads[v])
            if (PlaceOn(g, actors, v) is { } place) return place;
        // "blocked streets in Hong Kong", "shelled villages near Bakhmut": the place of what the act fell on.
        foreach (var c in g.Children(trigger))
            if (g.Relations[c] == "obj" && PlaceOn(g, actors, c) is { } place) return place;
        // "killed 23 people when they blew themselves up in Tel Aviv": the place of the clause that tells how or when.
        foreach (var c in g.Children(trigger))
            if (g.Relations[c] == "advcl" && PlaceOn(g, actors, c) is { } place) return place;
        return null;
    }

    private static EventLocation? PlaceOn(SentenceGraph g, SentenceActors actors, int head)
    {
        foreach (var c in g.Children(head))
        {
            if (!g.Relations[c].StartsWith("obl", StringComparison.Ordinal) && !g.Relations[c].StartsWith("nmod", StringComparison.Ordinal)) continue;
            if (g.CaseOf(c) is not ("in" or "at" or "near" or "outside")) continue;
            if (Named(g, actors, c) is { } place) return place;
            // "in the town of Samarra", "in a residential district of Beirut": the place is the "of" phrase of a place noun.
            if (!PlaceNouns.Contains(g.Lemmas[c])) continue;
            foreach (var of in g.Children(c))
                if (g.Relations[of].StartsWith("nmod", StringComparison.Ordinal) && g.CaseOf(of) == "of" && Named(g, actors, of) is { } named) return named;
        }
        return null;
    }

    private static readonly HashSet<string> PlaceNouns = new(StringComparer.OrdinalIgnoreCase)
        { "town", "city", "village", "district", "province", "region", "area", "outskirts", "suburb", "suburbs", "capital", "sector", "neighbourhood", "neighborhood", "camp", "port", "state", "county" };

    private static EventLocation? Named(SentenceGraph g, SentenceActors actors, int token) => actors.At(token) switch
    {
        { Geo: not null } place => Location(g, place),
        // A country is a location too, without a point to put it at.
        { Kind: MentionKind.Country } country => new(country.Name, country.Code.Prefix, null, null),
        _ => null,
    };

    // The place as the text names it: the dictionary entry of a capital may be its government.
    private static EventLocation Location(SentenceGraph g, ActorSpan place) =>
        new(string.Join(' ', g.Forms[place.First..(place.Last + 1)]), place.Code.Prefix, place.Geo!.Latitude, place.Geo.Longitude);
}
