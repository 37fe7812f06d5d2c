using Dyad.Core.Time;

namespace Dyad.Extraction;

/// <summary>What a reader found in one page, before the caller's own metadata is laid over it.</summary>
internal sealed record ExtractedPage(string Text)
{
    public string? Title { get; init; }
    public PartialDate? Published { get; init; }
    public string? Byline { get; init; }
    public string? Language { get; init; }
    public string? SiteName { get; init; }
    public string? Url { get; init; }
}
