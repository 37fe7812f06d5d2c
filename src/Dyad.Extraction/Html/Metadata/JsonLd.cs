using System.Text.Json;

namespace Dyad.Extraction.Html.Metadata;

/// <summary>
/// The article facts of a page's schema.org JSON-LD. Blocks are cut from the raw HTML, so the
/// parser can skip all script text, and the object whose @type is an article type is read
/// (inside @graph or arrays too).
/// </summary>
internal sealed class JsonLd
{
    private const string Marker = "application/ld+json";

    private string? articleDate;
    /// <summary>The datePublished of a non-article object (a ClaimReview, a WebPage): used when no article object has one.</summary>
    private string? otherDate;

    public string? Headline { get; private set; }
    public string? DatePublished => articleDate ?? otherDate;
    public string? Author { get; private set; }
    public string? Publisher { get; private set; }
    public string? Language { get; private set; }
    public string? Url { get; private set; }

    public static JsonLd Scan(string html)
    {
        var result = new JsonLd();
        int at = 0;
        while ((at = html.IndexOf(Marker, at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            int open = html.IndexOf('>', at);
            if (open < 0) break;
            int close = html.IndexOf("</script", open, StringComparison.OrdinalIgnoreCase);
            if (close < 0) break;
            result.Read(html.AsMemory(open + 1, close - open - 1));
            at = close;
        }
        return result;
    }

    private void Read(ReadOnlyMemory<char> json)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException)
        {
            return; // broken JSON-LD is common and says nothing about the article
        }
        using (doc)
        {
            // Objects are visited breadth-first with an explicit queue: JSON-LD nests, but not deeply enough to need more.
            var queue = new Queue<JsonElement>();
            queue.Enqueue(doc.RootElement);
            while (queue.Count > 0)
            {
                var e = queue.Dequeue();
                if (e.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in e.EnumerateArray()) queue.Enqueue(item);
                    continue;
                }
                if (e.ValueKind != JsonValueKind.Object) continue;
                if (e.TryGetProperty("@graph", out var graph)) queue.Enqueue(graph);
                if (IsArticle(e))
                {
                    Take(e);
                    continue;
                }
                otherDate ??= String(e, "datePublished");
                if (e.TryGetProperty("mainEntity", out var main)) queue.Enqueue(main);
            }
        }
    }

    private static bool IsArticle(JsonElement e)
    {
        if (!e.TryGetProperty("@type", out var type)) return false;
        if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var t in type.EnumerateArray())
                if (t.ValueKind == JsonValueKind.String && IsArticleType(t.GetString()!)) return true;
            return false;
        }
        return type.ValueKind == JsonValueKind.String && IsArticleType(type.GetString()!);
    }

    private static bool IsArticleType(string t) =>
        t.EndsWith("Article", StringComparison.Ordinal) || t is "BlogPosting" or "LiveBlogPosting" or "Report" or "SocialMediaPosting";

    /// <summary>The first article object's values win; later ones only fill gaps.</summary>
    private void Take(JsonElement e)
    {
        Headline ??= String(e, "headline") ?? String(e, "name");
        articleDate ??= String(e, "datePublished") ?? String(e, "dateCreated");
        Author ??= Names(e, "author");
        Publisher ??= Names(e, "publisher");
        Language ??= String(e, "inLanguage");
        Url ??= String(e, "url") ?? Id(e, "mainEntityOfPage");
    }

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s.Trim() : null;

    private static string? Id(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.ValueKind == JsonValueKind.Object ? String(v, "@id") : null : null;

    /// <summary>A person or organisation value: a name string, an object with a name, or a list of either.</summary>
    private static string? Names(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v)) return null;
        var names = new List<string>();
        foreach (var item in v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : Enumerable.Repeat(v, 1))
        {
            string? n = item.ValueKind == JsonValueKind.String ? item.GetString() : item.ValueKind == JsonValueKind.Object ? String(item, "name") : null;
            if (!string.IsNullOrWhiteSpace(n) && !n.Contains("://", StringComparison.Ordinal)) names.Add(n.Trim());
        }
        return names.Count == 0 ? null : string.Join(", ", names);
    }
}
