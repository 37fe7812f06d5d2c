using Dyad.Core.Documents;

namespace Dyad.Output;

/// <summary>Writes extracted articles as JSON: one object per line (JSON Lines) or indented for a person.</summary>
public sealed class ArticleJsonWriter(TextWriter output, bool indented)
{
    private readonly MemoryStream _buffer = new();

    public void Write(Article a) => JsonLine.Write(output, _buffer, indented ? JsonLine.Indented : JsonLine.Compact, w =>
    {
        w.WriteStartObject();
        w.WriteString("doc", a.Id);
        w.WriteStringOrNull("title", a.Title);
        w.WriteStringOrNull("published", a.Published?.ToString());
        w.WriteStringOrNull("byline", a.Byline);
        w.WriteStringOrNull("language", a.Language);
        w.WriteStringOrNull("site_name", a.SiteName);
        w.WriteStringOrNull("url", a.Url);
        w.WriteString("text", a.Text);
        w.WriteEndObject();
    });
}
