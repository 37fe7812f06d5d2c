using System.Text.Json;
using System.Text.Json.Serialization;
using Dyad.Core.Documents;
using Dyad.Core.Time;

namespace Dyad.Queue;

/// <summary>
/// The message body: a source document's fields as JSON, so a worker codes exactly what the
/// publisher read (the content before extraction, which is also what the document key hashes).
/// </summary>
public static class QueuedDocument
{
    private sealed record Body(string Id, string Origin, InputFormat Format, string Content, string? Published, string? Url, string? Title);

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static byte[] Encode(SourceDocument doc) => JsonSerializer.SerializeToUtf8Bytes(
        new Body(doc.Id, doc.Origin, doc.Format, doc.Content, doc.Published?.ToString(), doc.Url, doc.Title), Json);

    /// <exception cref="FormatException">The body is not a document this version understands.</exception>
    public static SourceDocument Decode(ReadOnlySpan<byte> body)
    {
        Body? b;
        try
        {
            b = JsonSerializer.Deserialize<Body>(body, Json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"message is not a queued document: {e.Message}", e);
        }
        if (b is not { Id: not null, Origin: not null, Content: not null })
            throw new FormatException("message is not a queued document: id, origin or content missing");
        return new SourceDocument
        {
            Id = b.Id,
            Origin = b.Origin,
            Format = b.Format,
            Content = b.Content,
            Published = b.Published is { } p ? PartialDate.Parse(p) : null,
            Url = b.Url,
            Title = b.Title,
        };
    }
}
