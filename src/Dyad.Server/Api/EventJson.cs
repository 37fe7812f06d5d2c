using System.Text.Json;
using Dyad.Output;
using Dyad.Storage.Queries;

namespace Dyad.Server.Api;

/// <summary>
/// Stored events and reports as JSON: the schema-1 event (written by Dyad.Output, so the API and
/// `dyad events --format jsonl` agree field for field) wrapped with what the store adds.
/// </summary>
internal static class EventJson
{
    public static void Write(Utf8JsonWriter w, StoredEvent e)
    {
        w.WriteStartObject();
        w.WriteNumber("id", e.Id);
        w.WriteNumber("mentions", e.Mentions);
        w.WriteNumber("articles", e.Articles);
        w.WriteNumber("sources", e.Sources);
        w.WritePropertyName("event");
        // The event's best date across its reports replaces the first report's own.
        JsonLinesEventWriter.WriteEvent(w, e.Event with { Date = e.Date });
        w.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter w, EventReport r)
    {
        w.WriteStartObject();
        w.WriteNumber("report_id", r.ReportId);
        w.WriteString("doc_key", r.DocKey);
        w.WriteString("host", r.Host);
        w.WritePropertyName("event");
        JsonLinesEventWriter.WriteEvent(w, r.Event);
        var (sentenceStart, spans) = Evidence.Locate(r.Event);
        w.WriteStartObject("evidence");
        w.WriteString("sentence", r.Event.Sentence);
        w.WriteNumber("sentence_start", sentenceStart);
        w.WriteStartArray("spans");
        foreach (var s in spans)
        {
            w.WriteStartObject();
            w.WriteString("role", s.Role);
            w.WriteNumber("start", s.Start);
            w.WriteNumber("end", s.End);
            w.WriteString("text", s.Text);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteString("rule", r.Event.Rule);
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
