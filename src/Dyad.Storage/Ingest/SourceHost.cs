namespace Dyad.Storage.Ingest;

/// <summary>
/// Which source an article came from, for counting distinct sources of an event: the URL's host
/// without "www.", else the site name, else the document itself (an unknown source counts once).
/// </summary>
internal static class SourceHost
{
    public static string Of(IngestDocument d)
    {
        if (Uri.TryCreate(d.Key.Url ?? d.Article.Url, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
        {
            var host = uri.Host.ToLowerInvariant();
            return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
        }
        if (!string.IsNullOrWhiteSpace(d.Article.SiteName)) return d.Article.SiteName.Trim().ToLowerInvariant();
        return "doc:" + d.Key.Id;
    }
}
