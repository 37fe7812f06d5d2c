using Dyad.Core.Actors;
using Dyad.Core.Documents;
using Dyad.Core.Events;
using Dyad.Core.Ontology;
using Dyad.Core.Time;
using Dyad.Storage.Ingest;

namespace Dyad.Storage.Tests;

/// <summary>Hand-made documents and events for store tests.</summary>
internal static class TestData
{
    public static CodedEvent Event(string doc, string source, string target, string cameo, string? date,
        string? reported = null, long? count = null, string? place = null, string? country = null, double? lat = null, double? lon = null,
        string sentence = "NATO expelled eight Russian officials.", string plover = "SANCTION", double goldstein = -4.0,
        Modality modality = Modality.Asserted, int n = 0) => new()
        {
            Doc = doc,
            EventId = DocumentKey.Sha256Hex(doc)[..8] + n.ToString("x8", System.Globalization.CultureInfo.InvariantCulture),
            Source = new ActorMention(new ActorCode(source), source, new TextSpan(source, 0, 4)),
            Target = new ActorMention(new ActorCode(target), target, new TextSpan("eight Russians", 20, 34)),
            Cameo = new CameoCode(cameo), CameoName = "cameo " + cameo, Goldstein = goldstein,
            Plover = new PloverCoding(plover, "expel", "diplomatic"),
            Date = date is null ? null : PartialDate.Parse(date),
            Reported = reported is null ? null : PartialDate.Parse(reported),
            Location = place is null && country is null ? null : new EventLocation(place ?? country!, country, lat, lon),
            Quantity = count is null ? null : new Quantity(count, "officials"),
            Modality = modality, Sentence = sentence, Trigger = new TextSpan("expelled", 5, 13), Rule = "test.expel", Confidence = 0.8,
        };

    public static IngestDocument Doc(string id, string? url, params CodedEvent[] events) =>
        Doc(id, url, "2021-10-07", events);

    public static IngestDocument Doc(string id, string? url, string published, params CodedEvent[] events)
    {
        var article = new Article
        {
            Id = id, Title = "Title " + id, Published = PartialDate.Parse(published), Url = url,
            Text = "Text of " + id + ": " + string.Join(" ", events.Select(e => e.Sentence)),
        };
        return new IngestDocument(DocumentKey.Of(article.Text, url), article, events);
    }
}
