using Dyad.Core.Events;
using Dyad.Core.Time;

namespace Dyad.Storage.Dedup;

/// <summary>What dedup compares about one report: its key, when, how many, where, and which article and source it came from.</summary>
internal readonly record struct ReportFacts(
    string Key, PartialDate? When, long? Count, string? Country, double? Lat, double? Lon, string DocKey, string Host)
{
    public static ReportFacts Of(CodedEvent e, string docKey, string host) =>
        new(KeyOf(e), DateOf(e), e.Quantity?.Count, e.Location?.Country, e.Location?.Lat, e.Location?.Lon, docKey, host);

    /// <summary>
    /// Reports can only be one event when these agree: source and target at country/IGO level, CAMEO
    /// root, and modality (a denial is not the event it denies).
    /// </summary>
    public static string KeyOf(CodedEvent e) =>
        $"{e.Source.Code.Principal.Value}|{e.Target.Code.Principal.Value}|{e.Cameo.Root}|{e.Modality.ToString().ToLowerInvariant()}";

    /// <summary>When the event happened or, when the text does not say, when it was reported.</summary>
    public static PartialDate? DateOf(CodedEvent e) => e.Date ?? e.Reported;

    public static (DateOnly Start, DateOnly End)? Window(CodedEvent e) => DateOf(e) is { } d ? (d.Start, d.End) : null;
}
