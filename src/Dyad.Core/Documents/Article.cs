using Dyad.Core.Time;

namespace Dyad.Core.Documents;

/// <summary>
/// The article found in a page: its body with boilerplate removed (paragraphs separated by blank
/// lines) and its metadata.
/// </summary>
public sealed record Article
{
    public required string Id { get; init; }
    public string? Title { get; init; }
    public PartialDate? Published { get; init; }
    public string? Byline { get; init; }
    /// <summary>ISO 639-1 code, declared or detected.</summary>
    public string? Language { get; init; }
    public string? SiteName { get; init; }
    public string? Url { get; init; }
    public required string Text { get; init; }
}
