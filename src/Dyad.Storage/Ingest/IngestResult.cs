namespace Dyad.Storage.Ingest;

/// <summary>What one <see cref="IEventStore.Store"/> call did.</summary>
public sealed record IngestResult(int Stored, int Skipped, int Reports, int NewEvents, IReadOnlyList<RejectedDocument> Rejected)
{
    /// <summary>Reports merged into an event already known (from this batch or before).</summary>
    public int MergedReports => Reports - NewEvents;

    public static readonly IngestResult Empty = new(0, 0, 0, 0, []);

    public IngestResult Add(IngestResult other) => new(
        Stored + other.Stored, Skipped + other.Skipped, Reports + other.Reports, NewEvents + other.NewEvents,
        [.. Rejected, .. other.Rejected]);
}

/// <summary>A document that was not stored, and why; nothing of it is in the store.</summary>
public sealed record RejectedDocument(string Doc, DocumentKey Key, string Reason);
