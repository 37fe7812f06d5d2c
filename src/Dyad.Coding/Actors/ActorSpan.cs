using Dyad.Core.Actors;

namespace Dyad.Coding.Actors;

/// <summary>What kind of thing a mention names; decides how it combines and what it can refer back to.</summary>
public enum MentionKind
{
    Country,
    /// <summary>A capital or seat of government standing for the government ("Moscow said", "the Kremlin").</summary>
    Government,
    Organisation,
    Person,
    /// <summary>A city or region: an event's location, and its country when it is what an act is done to ("shelled Juba").</summary>
    Place,
}

/// <summary>An actor found in a sentence: tokens [First, Last] and the code it stands for on the article's date.</summary>
public sealed record ActorSpan(int First, int Last, ActorCode Code, string Name, MentionKind Kind)
{
    /// <summary>Coordinates and population, for places.</summary>
    public Dyad.Actors.GeoPlace? Geo { get; init; }

    /// <summary>The country of the place the name also is ("Brussels": BEL, though it speaks for the EU).</summary>
    public ActorCode? PlaceCountry { get; init; }
}
