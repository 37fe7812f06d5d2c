using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Dyad.Extraction.Html.Metadata;

/// <summary>The page's &lt;meta&gt; values by lowercased name, property or itemprop (first wins), and its head links.</summary>
internal sealed class MetaTags
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    public string? Canonical { get; private set; }
    public string? Lang { get; private set; }
    public string? DocumentTitle { get; private set; }

    public static MetaTags Read(IHtmlDocument doc)
    {
        var m = new MetaTags
        {
            Lang = doc.DocumentElement?.GetAttribute("lang"),
            DocumentTitle = doc.Title,
        };
        foreach (var meta in doc.GetElementsByTagName("meta"))
        {
            string? content = meta.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content)) continue;
            m.Add(meta.GetAttribute("property"), content);
            m.Add(meta.GetAttribute("name"), content);
            m.Add(meta.GetAttribute("itemprop"), content);
            m.Add(meta.GetAttribute("http-equiv"), content);
        }
        foreach (var link in doc.GetElementsByTagName("link"))
            if (link.GetAttribute("rel")?.Equals("canonical", StringComparison.OrdinalIgnoreCase) == true && link.GetAttribute("href") is { Length: > 0 } href)
            {
                m.Canonical = href.Trim();
                break;
            }
        return m;
    }

    private void Add(string? key, string content)
    {
        if (string.IsNullOrEmpty(key)) return;
        values.TryAdd(key.Trim().ToLowerInvariant(), content.Trim());
    }

    /// <summary>The first of the given keys that the page has.</summary>
    public string? Get(params ReadOnlySpan<string> keys)
    {
        foreach (var k in keys)
            if (values.TryGetValue(k, out var v)) return v;
        return null;
    }
}
