using System.Text.Encodings.Web;
using System.Text.Json;

namespace Dyad.Output;

/// <summary>Shared helpers for writing one JSON value per line to a text stream.</summary>
public static class JsonLine
{
    // Relaxed escaping keeps quotes, apostrophes and non-ASCII letters readable in article text.
    /// <summary>Compact, relaxed escaping.</summary>
    public static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    public static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    public static void Write(TextWriter output, MemoryStream buffer, JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        buffer.SetLength(0);
        using (var w = new Utf8JsonWriter(buffer, options)) write(w);
        output.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        output.Write('\n');
    }

    public static void WriteStringOrNull(this Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name); else w.WriteString(name, value);
    }
}
