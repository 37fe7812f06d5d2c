using Dyad.Core.Events;

namespace Dyad.Coding.Engine;

/// <summary>
/// One event told twice in a document (headline, lead, body) is one event: same source and target
/// at country or organisation level, same CAMEO code, compatible dates and quantities, and the same
/// act word ("expelled" ... "the expulsion"). Two different acts with one code in one year ("expelled
/// seven diplomats", "reduced the mission") stay two events. The first telling is kept and the later
/// ones become its extra evidence.
/// </summary>
public static class EventMerger
{
    public static IReadOnlyList<CodedEvent> Merge(List<CodedEvent> events)
    {
        var kept = new List<CodedEvent>(events.Count);
        foreach (var e in events)
        {
            int same = kept.FindIndex(k => SameEvent(k, e));
            if (same < 0) { kept.Add(e); continue; }
            var k = kept[same];
            kept[same] = k with
            {
                Evidence = [.. k.Evidence, new Evidence(e.Sentence, e.Trigger, e.Rule)],
                Quantity = k.Quantity ?? e.Quantity,
                Date = MorePrecise(k, e),
                Confidence = Math.Min(0.99, Math.Max(k.Confidence, e.Confidence) + 0.05),
            };
        }
        return kept;
    }

    private static bool SameEvent(CodedEvent a, CodedEvent b) =>
        a.Cameo == b.Cameo && a.Modality == b.Modality
        && a.Source.Code.Principal == b.Source.Code.Principal && a.Target.Code.Principal == b.Target.Code.Principal
        && DatesCompatible(a, b) && QuantitiesCompatible(a.Quantity, b.Quantity) && SameActWord(a.Trigger.Text, b.Trigger.Text);

    // Inflections and nominalizations share their first letters: expel/expelled/expulsion, attack/attacked.
    private static bool SameActWord(string a, string b) =>
        a.Length >= 4 && b.Length >= 4 && a.AsSpan(0, 4).Equals(b.AsSpan(0, 4), StringComparison.OrdinalIgnoreCase);

    private static bool QuantitiesCompatible(Quantity? a, Quantity? b) =>
        a is null || b is null || a.Count == b.Count && a.From == b.From && a.To == b.To;

    private static bool DatesCompatible(CodedEvent a, CodedEvent b) =>
        a.Date is not { } x || b.Date is not { } y || x.Start <= y.End && y.Start <= x.End;

    private static Core.Time.PartialDate? MorePrecise(CodedEvent a, CodedEvent b) =>
        a.Date is { } x && b.Date is { } y && y.Precision > x.Precision ? y : a.Date ?? b.Date;
}
