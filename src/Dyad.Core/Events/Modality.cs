namespace Dyad.Core.Events;

/// <summary>How the text puts an event: as fact, denied, hedged, intended, or asked.</summary>
public enum Modality
{
    Asserted,
    Negated,
    Hedged,
    /// <summary>Planned, threatened or promised.</summary>
    Intended,
    Question,
}
