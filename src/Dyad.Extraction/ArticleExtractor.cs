using Dyad.Core.Documents;
using Dyad.Extraction.Html;
using Dyad.Extraction.Language;
using Dyad.Extraction.Text;

namespace Dyad.Extraction;

/// <summary>
/// Turns a page (HTML, or a page saved as text) into an <see cref="Article"/>: the body without
/// boilerplate, paragraphs separated by blank lines, and its metadata. Stateless, so one instance
/// serves any number of threads.
/// </summary>
public sealed class ArticleExtractor
{
    public Article Extract(SourceDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        InputGuard.Check(doc);
        var found = doc.Format switch
        {
            InputFormat.Html => HtmlArticleReader.Read(doc.Content, doc.Origin, doc.Url),
            InputFormat.Text => TextPageReader.Read(doc.Content),
            _ => throw new InputError(doc.Origin, $"extraction takes HTML or text, not {doc.Format}"),
        };
        // What the caller already knows about the document beats what the page says about itself.
        return new Article
        {
            Id = doc.Id,
            Title = doc.Title ?? found.Title,
            Published = doc.Published ?? found.Published,
            Byline = found.Byline,
            Language = found.Language ?? LanguageDetector.Detect(found.Text),
            SiteName = found.SiteName,
            Url = doc.Url ?? found.Url,
            Text = found.Text,
        };
    }
}
