using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Dyad.Extraction.Html.Metadata;

/// <summary>Title, byline, site name, language and canonical URL from the page's metadata.</summary>
internal static class PageMetadata
{
    public static string? SiteName(MetaTags meta, JsonLd ld) =>
        Clean(meta.Get("og:site_name", "application-name", "twitter:site:name") ?? ld.Publisher);

    public static string? Title(IHtmlDocument doc, MetaTags meta, JsonLd ld, string? siteName)
    {
        string? title = ld.Headline ?? meta.Get("og:title", "twitter:title", "headline", "dc.title") ?? meta.DocumentTitle;
        if (string.IsNullOrWhiteSpace(title))
            title = doc.GetElementsByTagName("h1").FirstOrDefault()?.TextContent;
        return string.IsNullOrWhiteSpace(title) ? null : TitleCleaner.Clean(title, siteName);
    }

    public static string? Byline(IHtmlDocument doc, MetaTags meta, JsonLd ld)
    {
        string? author = ld.Author ?? meta.Get("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl");
        if (author != null && !author.Contains("://", StringComparison.Ordinal)) return Clean(StripBy(author));
        var marked = doc.QuerySelector("[rel=author], [itemprop=author], .byline, .author");
        string? text = marked?.TextContent;
        return text != null && text.Length < 120 ? Clean(StripBy(text)) : null;
    }

    public static string? Language(MetaTags meta, JsonLd ld)
    {
        string? lang = meta.Lang ?? meta.Get("content-language", "og:locale", "language", "dc.language") ?? ld.Language;
        if (string.IsNullOrWhiteSpace(lang)) return null;
        var code = lang.Trim().AsSpan();
        int cut = code.IndexOfAny('-', '_');
        if (cut > 0) code = code[..cut];
        return code.Length is 2 or 3 && char.IsLetter(code[0]) ? code.ToString().ToLowerInvariant() : null;
    }

    public static string? Url(MetaTags meta, JsonLd ld) =>
        AbsoluteUrl(meta.Canonical) ?? AbsoluteUrl(meta.Get("og:url")) ?? AbsoluteUrl(ld.Url);

    private static string? AbsoluteUrl(string? url) =>
        url != null && (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) ? url.Trim() : null;

    private static string StripBy(string s)
    {
        s = Whitespace.Collapse(s);
        return s.StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? s[3..] : s;
    }

    private static string? Clean(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        s = Whitespace.Collapse(s);
        return s.Length == 0 ? null : s;
    }
}
