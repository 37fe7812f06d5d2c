using Dyad.Storage.Ingest;
using Dyad.Storage.Queries;

namespace Dyad.Storage;

/// <summary>
/// A store of documents, coded events and their evidence, with cross-article dedup. DuckDB and
/// PostgreSQL implementations behave the same; <see cref="EventStore.Open"/> picks one from the
/// --db argument. One instance is used by one thread at a time.
/// </summary>
public interface IEventStore : IDisposable
{
    /// <summary>What the store is, for messages: "DuckDB file ./dyad.duckdb", "PostgreSQL db@host:5432".</summary>
    string Description { get; }

    /// <summary>The schema version the database is at after opening (migrations run on open unless read-only).</summary>
    int SchemaVersion { get; }

    /// <summary>
    /// Which of these documents are already stored, so an ingest can skip extracting and coding them
    /// (that is how a re-run after a crash resumes).
    /// </summary>
    IReadOnlySet<DocumentKey> FindStored(IEnumerable<DocumentKey> keys);

    /// <summary>
    /// Stores a batch of coded documents. Each document is all-or-nothing; the batch is written in one
    /// transaction, and when that fails on one document's data the others are written one by one and
    /// the bad one is reported in <see cref="IngestResult.Rejected"/>. Documents already stored are skipped.
    /// </summary>
    IngestResult Store(IReadOnlyList<IngestDocument> batch);

    /// <summary>Deduplicated events matching the query, ordered by date then id, one page at a time.</summary>
    IReadOnlyList<StoredEvent> Events(EventQuery query);

    /// <summary>Every event matching the query (paging ignored), streamed, for exports.</summary>
    IEnumerable<StoredEvent> StreamEvents(EventQuery query);

    /// <summary>The reports (one per article sentence) merged into one event, each with its evidence.</summary>
    IReadOnlyList<EventReport> Reports(long eventId);

    /// <summary>A stored article and the reports coded from it, or null when no document has that key.</summary>
    StoredDocument? Document(string docKey);

    /// <summary>Counts per period between two actors, both directions.</summary>
    IReadOnlyList<SeriesPoint> Series(SeriesQuery query);

    /// <summary>Actors (country or IGO level) in the most events matching the filter.</summary>
    IReadOnlyList<ActorCount> TopActors(EventQuery filter, int count);

    /// <summary>Directed source/target pairs (country or IGO level) with the most events matching the filter.</summary>
    IReadOnlyList<DyadCount> TopDyads(EventQuery filter, int count);

    StoreCounts Counts();
}
