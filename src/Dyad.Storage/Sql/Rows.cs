using System.Data.Common;
using Dyad.Core.Actors;
using Dyad.Core.Events;
using Dyad.Core.Ontology;
using Dyad.Core.Time;
using Dyad.Storage.Dedup;
using Dyad.Storage.Ingest;

namespace Dyad.Storage.Sql;

/// <summary>
/// The rows written for documents, events and reports, in the column order of
/// Schema/Migrations/0001_initial.sql (bulk loaders write by position), with the exact CLR types
/// the columns take (the DuckDB appender does not convert).
/// </summary>
internal static class Rows
{
    public static readonly string[] DocumentColumns =
        ["doc_key", "content_sha256", "doc", "url", "host", "title", "published", "byline", "language", "site_name", "text", "ingested_at"];

    public static readonly string[] EventColumns =
    [
        "event_id", "dedup_key", "source_code", "target_code", "source_principal", "target_principal", "cameo", "cameo_root",
        "quad_class", "goldstein", "plover_type", "date", "date_start", "date_end", "location_name", "location_country",
        "mentions", "articles", "sources",
    ];

    public static readonly string[] ReportColumns =
    [
        "report_id", "event_id", "doc_key", "host", "doc", "coder_event_id",
        "source_code", "source_name", "source_text", "source_start", "source_end",
        "target_code", "target_name", "target_text", "target_start", "target_end",
        "cameo", "cameo_name", "goldstein", "plover_type", "plover_mode", "plover_context",
        "date", "reported", "date_start", "date_end",
        "location_name", "location_country", "lat", "lon",
        "quantity_count", "quantity_what", "quantity_from", "quantity_to",
        "modality", "sentence", "trigger_text", "trigger_start", "trigger_end", "rule", "confidence",
    ];

    public static object?[] Document(IngestDocument d, string host, DateTime ingestedAt) =>
    [
        d.Key.Id, d.Key.ContentSha256, d.Article.Id, d.Key.Url, host, d.Article.Title, d.Article.Published?.ToString(),
        d.Article.Byline, d.Article.Language, d.Article.SiteName, d.Article.Text, ingestedAt,
    ];

    /// <summary>A new event row: the first report's codes, the cluster's date and counts.</summary>
    public static object?[] Event(EventCluster c, CodedEvent first) =>
    [
        c.EventId, c.Key, first.Source.Code.Value, first.Target.Code.Value, first.Source.Code.Principal.Value, first.Target.Code.Principal.Value,
        first.Cameo.Value, first.Cameo.Root, (short)first.QuadClass, first.Goldstein, first.Plover.Type,
        c.Date?.ToString(), c.Date?.Start, c.Date?.End, first.Location?.Name, first.Location?.Country,
        c.Mentions, c.Articles, c.Sources,
    ];

    /// <summary>
    /// One UPDATE for the events a batch added reports to (their best date and counts), with the
    /// values inline: a statement per event costs a round trip each, and these values are ours
    /// (numbers and ISO dates), not user text.
    /// </summary>
    public static string EventUpdate(IEnumerable<EventCluster> changed)
    {
        static string Text(string? s) => s is null ? "CAST(NULL AS TEXT)" : Db.Literal(s);
        var values = changed.Select(c => string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"({c.EventId}, {Text(c.Date?.ToString())}, {Db.DateLiteral(c.Date?.Start)}, {Db.DateLiteral(c.Date?.End)}, {c.Mentions}, {c.Articles}, {c.Sources})"));
        return $"""
            UPDATE events SET date = v.date, date_start = v.date_start, date_end = v.date_end,
                              mentions = v.mentions, articles = v.articles, sources = v.sources
            FROM (VALUES {string.Join(", ", values)}) AS v(event_id, date, date_start, date_end, mentions, articles, sources)
            WHERE events.event_id = v.event_id
            """;
    }

    public static object?[] Report(long reportId, long eventId, string docKey, string host, CodedEvent e)
    {
        var window = ReportFacts.Window(e);
        return
        [
            reportId, eventId, docKey, host, e.Doc, e.EventId,
            e.Source.Code.Value, e.Source.Name, e.Source.Span.Text, e.Source.Span.Start, e.Source.Span.End,
            e.Target.Code.Value, e.Target.Name, e.Target.Span.Text, e.Target.Span.Start, e.Target.Span.End,
            e.Cameo.Value, e.CameoName, e.Goldstein, e.Plover.Type, e.Plover.Mode, e.Plover.Context,
            e.Date?.ToString(), e.Reported?.ToString(), window?.Start, window?.End,
            e.Location?.Name, e.Location?.Country, e.Location?.Lat, e.Location?.Lon,
            e.Quantity?.Count, e.Quantity?.What, e.Quantity?.From, e.Quantity?.To,
            e.Modality.ToString().ToLowerInvariant(), e.Sentence, e.Trigger.Text, e.Trigger.Start, e.Trigger.End, e.Rule, e.Confidence,
        ];
    }

    /// <summary>The report columns for a SELECT, qualified by a table alias, in <see cref="ReportColumns"/> order.</summary>
    public static string ReportSelect(string alias) => string.Join(", ", ReportColumns.Select(c => alias + "." + c));

    /// <summary>Rebuilds the schema-1 event from report columns starting at <paramref name="at"/>.</summary>
    public static CodedEvent ReadReport(DbDataReader r, int at)
    {
        int i = at + 4; // skip report_id, event_id, doc_key, host
        string? Next() => r.Text(i++);
        int NextInt() => (int)r.Long(i++);
        var doc = Next()!;
        var coderId = Next()!;
        var source = new ActorMention(new ActorCode(Next()!), Next()!, new TextSpan(Next()!, NextInt(), NextInt()));
        var target = new ActorMention(new ActorCode(Next()!), Next()!, new TextSpan(Next()!, NextInt(), NextInt()));
        var cameo = new CameoCode(Next()!);
        var cameoName = Next()!;
        var goldstein = r.Double(i++);
        var plover = new PloverCoding(Next()!, Next(), Next());
        var date = ParseDate(Next());
        var reported = ParseDate(Next());
        i += 2; // date window: derived
        var locName = Next();
        var locCountry = Next();
        var lat = r.DoubleOrNull(i++);
        var lon = r.DoubleOrNull(i++);
        var count = r.LongOrNull(i++);
        var what = Next();
        var from = r.LongOrNull(i++);
        var to = r.LongOrNull(i++);
        var modality = Enum.Parse<Modality>(Next()!, ignoreCase: true);
        var sentence = Next()!;
        var trigger = new TextSpan(Next()!, NextInt(), NextInt());
        var rule = Next()!;
        var confidence = r.Double(i);
        return new CodedEvent
        {
            Doc = doc, EventId = coderId, Source = source, Target = target, Cameo = cameo, CameoName = cameoName,
            Goldstein = goldstein, Plover = plover, Date = date, Reported = reported,
            Location = locName is null ? null : new EventLocation(locName, locCountry, lat, lon),
            Quantity = count is null && what is null && from is null && to is null ? null : new Quantity(count, what, from, to),
            Modality = modality, Sentence = sentence, Trigger = trigger, Rule = rule, Confidence = confidence,
        };
    }

    public static PartialDate? ParseDate(string? text) => text is null ? null : PartialDate.Parse(text);
}
