using System.Text.Json;
using Dyad.Output;
using Dyad.Storage.Queries;

namespace Dyad.Server.Api;

/// <summary>A stored article as the document page reads it: metadata, text, and each report with its offsets in the text.</summary>
internal static class DocumentJson
{
    public static void Write(Utf8JsonWriter w, StoredDocument d)
    {
        var a = d.Article;
        w.WriteStartObject();
        w.WriteString("doc_key", d.DocKey);
        w.WriteString("doc", a.Id);
        w.WriteStringOrNull("title", a.Title);
        w.WriteStringOrNull("published", a.Published?.ToString());
        w.WriteStringOrNull("url", a.Url);
        w.WriteString("text", a.Text);
        w.WriteStartArray("reports");
        foreach (var r in d.Reports)
        {
            w.WriteStartObject();
            w.WriteNumber("report_id", r.ReportId);
            w.WriteNumber("event_id", r.EventId);
            w.WritePropertyName("event");
            JsonLinesEventWriter.WriteEvent(w, r.Event);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
