using Dyad.Core.Ontology;
using Dyad.Core.Time;

namespace Dyad.Core.Events;

/// <summary>
/// One coded event: who did what to whom, when, where, how many, and the words behind it.
/// Offsets refer to the article text the coder read (after extraction).
/// </summary>
public sealed record CodedEvent
{
    public required string Doc { get; init; }
    public required string EventId { get; init; }
    public required ActorMention Source { get; init; }
    public required ActorMention Target { get; init; }
    public required CameoCode Cameo { get; init; }
    public required string CameoName { get; init; }
    public required double Goldstein { get; init; }
    public int QuadClass => Cameo.QuadClass;
    public required PloverCoding Plover { get; init; }
    /// <summary>When the event happened, to the precision the text gives; null when the text does not say.</summary>
    public PartialDate? Date { get; init; }
    /// <summary>The article's publication date.</summary>
    public PartialDate? Reported { get; init; }
    public EventLocation? Location { get; init; }
    public Quantity? Quantity { get; init; }
    public Modality Modality { get; init; } = Modality.Asserted;
    public required string Sentence { get; init; }
    /// <summary>Offset of the sentence in the article text.</summary>
    public int SentenceStart { get; init; }
    public required TextSpan Trigger { get; init; }
    public required string Rule { get; init; }
    public double Confidence { get; init; }
    /// <summary>Later tellings of the same event in the document (headline, lead, body).</summary>
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}
