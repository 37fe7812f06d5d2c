using System.Text.Json;
using Dyad.Core.Events;

namespace Dyad.Output;

/// <summary>
/// Schema-1 event JSON Lines, the contract outside tools rely on: field names and order are fixed,
/// unknown values are null.
/// </summary>
public sealed class JsonLinesEventWriter(TextWriter output) : IEventWriter
{
    private readonly MemoryStream _buffer = new();

    public void Write(CodedEvent e) => JsonLine.Write(output, _buffer, JsonLine.Compact, w => WriteEvent(w, e));

    public static void WriteEvent(Utf8JsonWriter w, CodedEvent e)
    {
        w.WriteStartObject();
        w.WriteString("doc", e.Doc);
        w.WriteString("event_id", e.EventId);
        WriteActor(w, "source", e.Source);
        WriteActor(w, "target", e.Target);
        w.WriteString("cameo", e.Cameo.Value);
        w.WriteString("cameo_name", e.CameoName);
        w.WriteNumber("goldstein", e.Goldstein);
        w.WriteNumber("quad_class", e.QuadClass);
        w.WriteStartObject("plover");
        w.WriteString("type", e.Plover.Type);
        w.WriteStringOrNull("mode", e.Plover.Mode);
        w.WriteStringOrNull("context", e.Plover.Context);
        w.WriteEndObject();
        w.WriteStringOrNull("date", e.Date?.ToString());
        w.WriteStringOrNull("date_precision", e.Date?.Precision.ToString().ToLowerInvariant());
        w.WriteStringOrNull("reported", e.Reported?.ToString());
        if (e.Location is { } loc)
        {
            w.WriteStartObject("location");
            w.WriteString("name", loc.Name);
            w.WriteStringOrNull("country", loc.Country);
            if (loc.Lat is { } lat) w.WriteNumber("lat", lat); else w.WriteNull("lat");
            if (loc.Lon is { } lon) w.WriteNumber("lon", lon); else w.WriteNull("lon");
            w.WriteEndObject();
        }
        else w.WriteNull("location");
        if (e.Quantity is { } q)
        {
            w.WriteStartObject("quantity");
            if (q.Count is { } c) w.WriteNumber("count", c); else w.WriteNull("count");
            w.WriteStringOrNull("what", q.What);
            if (q.From is { } f) w.WriteNumber("from", f);
            if (q.To is { } t) w.WriteNumber("to", t);
            w.WriteEndObject();
        }
        else w.WriteNull("quantity");
        w.WriteString("modality", e.Modality.ToString().ToLowerInvariant());
        w.WriteString("sentence", e.Sentence);
        WriteSpan(w, "trigger", e.Trigger);
        w.WriteString("rule", e.Rule);
        w.WriteNumber("confidence", Math.Round(e.Confidence, 3));
        w.WriteStartArray("evidence");
        foreach (var ev in e.Evidence)
        {
            w.WriteStartObject();
            w.WriteString("sentence", ev.Sentence);
            WriteSpan(w, "trigger", ev.Trigger);
            w.WriteString("rule", ev.Rule);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter w, string name, TextSpan span)
    {
        w.WriteStartObject(name);
        w.WriteString("text", span.Text);
        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
        w.WriteEndObject();
    }

    private static void WriteActor(Utf8JsonWriter w, string name, ActorMention a)
    {
        w.WriteStartObject(name);
        w.WriteString("code", a.Code.Value);
        w.WriteString("name", a.Name);
        w.WriteString("text", a.Span.Text);
        w.WriteNumber("start", a.Span.Start);
        w.WriteNumber("end", a.Span.End);
        w.WriteEndObject();
    }


    public void Dispose() => _buffer.Dispose();
}
