using Dyad.Core.Documents;
using Dyad.Extraction.Html.Metadata;

namespace Dyad.Extraction.Html;

/// <summary>Extracts the article and its metadata from an HTML page.</summary>
internal static class HtmlArticleReader
{
    /// <param name="knownUrl">The caller's URL for the page, read for date folders before the page's own.</param>
    public static ExtractedPage Read(string html, string origin, string? knownUrl)
    {
        if (PageParser.RawNesting(html) > PageParser.MaxNesting)
            throw new InputError(origin, $"elements nested more than {PageParser.MaxNesting} deep; not a web page");
        var ld = JsonLd.Scan(html);
        using var doc = PageParser.Parse(html);
        var meta = MetaTags.Read(doc);
        string text = "";
        if (doc.Body is { } body)
        {
            var table = NodeTable.Build(body);
            text = TextCollector.Collect(table, ContentScorer.Select(table));
        }
        string? site = PageMetadata.SiteName(meta, ld);
        string? url = PageMetadata.Url(meta, ld);
        return new ExtractedPage(text)
        {
            Title = PageMetadata.Title(doc, meta, ld, site),
            Published = PublishedDate.Find(doc, meta, ld, knownUrl ?? url, text),
            Byline = PageMetadata.Byline(doc, meta, ld),
            Language = PageMetadata.Language(meta, ld),
            SiteName = site,
            Url = url,
        };
    }
}
