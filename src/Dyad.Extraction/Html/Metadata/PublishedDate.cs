using AngleSharp.Html.Dom;
using Dyad.Core.Time;
using Dyad.Extraction.Dates;

namespace Dyad.Extraction.Html.Metadata;

/// <summary>
/// When the article was first published, from the most to the least deliberate statement of it:
/// JSON-LD, article meta tags, marked-up time elements, the URL's date folders, then a dateline
/// near the top of the article. Modification dates are never read.
/// </summary>
internal static class PublishedDate
{
    private static readonly string[] MetaKeys =
    [
        "article:published_time", "datepublished", "og:published_time", "published_time", "article.published",
        "publish-date", "publishdate", "publish_date", "pubdate", "publication_date", "date.release",
        "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created",
        "dc.date", "dcterms.date", "originalpublicationdate", "article.created", "date", "cxenseparse:recs:publishtime",
    ];

    public static PartialDate? Find(IHtmlDocument doc, MetaTags meta, JsonLd ld, string? url, string text)
    {
        if (DateText.ParseMachine(ld.DatePublished) is { } fromLd) return fromLd;
        if (DateText.ParseMachine(meta.Get(MetaKeys)) is { } fromMeta) return fromMeta;
        if (FromTimeElements(doc) is { } fromTime) return fromTime;
        if (DateText.FromUrl(url) is { } fromUrl) return fromUrl;
        // A dateline sits within the article's first lines, not further down where dates are events'.
        return DateText.FindHuman(text.Length > 300 ? text[..300] : text);
    }

    /// <summary>A &lt;time&gt; marked as the publication time, else the first one with a machine date.</summary>
    private static PartialDate? FromTimeElements(IHtmlDocument doc)
    {
        PartialDate? first = null;
        foreach (var time in doc.GetElementsByTagName("time"))
        {
            var date = DateText.ParseMachine(time.GetAttribute("datetime"));
            if (date == null) continue;
            string marks = (time.GetAttribute("itemprop") + " " + time.ClassName + " " + time.ParentElement?.ClassName).ToLowerInvariant();
            if (marks.Contains("publish", StringComparison.Ordinal) || marks.Contains("pubdate", StringComparison.Ordinal)) return date;
            if (!marks.Contains("modif", StringComparison.Ordinal) && !marks.Contains("update", StringComparison.Ordinal)) first ??= date;
        }
        return first;
    }
}
