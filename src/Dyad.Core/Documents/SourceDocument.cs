using Dyad.Core.Time;

namespace Dyad.Core.Documents;

/// <summary>
/// One document as read from input, before extraction: its id (file name or JSONL id), its decoded
/// content and what is already known about it.
/// </summary>
public sealed record SourceDocument
{
    public required string Id { get; init; }
    /// <summary>Where it came from, for error messages: a path, "path:line", or "-" for stdin.</summary>
    public required string Origin { get; init; }
    public required InputFormat Format { get; init; }
    public required string Content { get; init; }
    public PartialDate? Published { get; init; }
    public string? Url { get; init; }
    public string? Title { get; init; }
}
