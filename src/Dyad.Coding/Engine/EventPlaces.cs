using Dyad.Coding.Actors;
using Dyad.Coding.Grammar;
using Dyad.Core.Events;

namespace Dyad.Coding.Engine;

/// <summary>
/// Where an event happened: a place (or a country) named in an "in", "at" or "near" phrase on the trigger or on a
/// verb that governs it ("In Moscow, Kremlin spokesman Dmitry Peskov accused..."), or a place
/// modifying the trigger's object ("the organization's Brussels headquarters").
/// </summary>
public static class EventPlaces
{
    public static EventLocation? Find(SentenceGraph g, SentenceActors actors, int trigger)
    {
        for (int v = trigger, hops = 0; v >= 0 && hops < 4; hops++, v = g.Heads[v])
        {
            foreach (var c in g.Children(v))
            {
                if (!g.Relations[c].StartsWith("obl", StringComparison.Ordinal) && !g.Relations[c].StartsWith("nmod", StringComparison.Ordinal)) continue;
                if (g.CaseOf(c) is not ("in" or "at" or "near" or "outside")) continue;
                if (actors.At(c) is { Geo: not null } place) return Location(g, place);
                // A country is a location too, without a point to put it at.
                if (actors.At(c) is { Kind: MentionKind.Country } country) return new(country.Name, country.Code.Prefix, null, null);
            }
        }
        return null;
    }

    // The place as the text names it: the dictionary entry of a capital may be its government.
    private static EventLocation Location(SentenceGraph g, ActorSpan place) =>
        new(string.Join(' ', g.Forms[place.First..(place.Last + 1)]), place.Code.Prefix, place.Geo!.Latitude, place.Geo.Longitude);
}
