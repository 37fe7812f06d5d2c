using System.Text.Encodings.Web;
using System.Text.Json;
using Dyad.Core.Events;
using Dyad.Output;

namespace Dyad.Storage.Export;

/// <summary>
/// PLOVER as POLECAT publishes it: one JSON object per line with event_type, mode, context, the
/// actor and recipient, date, location and the text it came from.
/// </summary>
public sealed class PloverJsonWriter(TextWriter output) : IEventWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly MemoryStream _buffer = new();

    public void Write(CodedEvent e)
    {
        _buffer.SetLength(0);
        using (var w = new Utf8JsonWriter(_buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("id", e.EventId);
            w.WriteString("doc", e.Doc);
            w.WriteString("event_type", e.Plover.Type);
            Nullable(w, "mode", e.Plover.Mode);
            Nullable(w, "context", e.Plover.Context);
            w.WriteStartArray("actors");
            Actor(w, "actor", e.Source);
            Actor(w, "recipient", e.Target);
            w.WriteEndArray();
            Nullable(w, "date", e.Date?.ToString());
            Nullable(w, "date_precision", e.Date?.Precision.ToString().ToLowerInvariant());
            Nullable(w, "reported", e.Reported?.ToString());
            if (e.Location is { } loc)
            {
                w.WriteStartObject("location");
                w.WriteString("name", loc.Name);
                Nullable(w, "country", loc.Country);
                if (loc.Lat is { } lat) w.WriteNumber("lat", lat); else w.WriteNull("lat");
                if (loc.Lon is { } lon) w.WriteNumber("lon", lon); else w.WriteNull("lon");
                w.WriteEndObject();
            }
            else w.WriteNull("location");
            w.WriteString("text", e.Sentence);
            w.WriteEndObject();
        }
        output.Write(System.Text.Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length));
        output.Write('\n');
    }

    private static void Actor(Utf8JsonWriter w, string role, ActorMention a)
    {
        w.WriteStartObject();
        w.WriteString("role", role);
        w.WriteString("code", a.Code.Value);
        w.WriteString("name", a.Name);
        w.WriteString("text", a.Span.Text);
        w.WriteEndObject();
    }

    private static void Nullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name); else w.WriteString(name, value);
    }

    public void Dispose() => _buffer.Dispose();
}
