using Dyad.Core.Documents;
using Dyad.Core.Events;

namespace Dyad.Storage.Ingest;

/// <summary>One coded document to store: its identity, the extracted article and the events coded from it.</summary>
public sealed record IngestDocument(DocumentKey Key, Article Article, IReadOnlyList<CodedEvent> Events)
{
    /// <summary>The usual way in: the key comes from the source as read, the URL from source or article.</summary>
    public static IngestDocument From(SourceDocument source, Article article, IReadOnlyList<CodedEvent> events) =>
        new(DocumentKey.Of(source.Content, source.Url ?? article.Url), article, events);
}
