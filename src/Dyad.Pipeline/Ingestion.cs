using System.Diagnostics;
using Dyad.Core.Documents;
using Dyad.Input;
using Dyad.Storage;
using Dyad.Storage.Ingest;

namespace Dyad.Pipeline;

/// <summary>Progress of an ingest so far, reported after each stored batch.</summary>
public sealed record IngestProgress(int Documents, int Skipped, int Events, int Failed, TimeSpan Elapsed)
{
    public double DocumentsPerSecond => Elapsed.TotalSeconds > 0 ? (Documents + Skipped) / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// Codes documents and stores them, batch by batch. Documents already in the store (same content
/// hash and URL) are skipped before any work is done on them, so re-running an interrupted ingest
/// resumes where it stopped; each batch is committed in one transaction, so a kill loses at most
/// the batch in flight and never stores half a document.
/// </summary>
public sealed class Ingestion(DyadPipeline pipeline, IEventStore store, int threads, int batchSize = 256)
{
    public IngestProgress Run(IEnumerable<InputItem> inputs, Action<InputError> onError, Action<IngestProgress>? onProgress = null)
    {
        var clock = Stopwatch.StartNew();
        int stored = 0, skipped = 0, events = 0, failed = 0;
        foreach (var chunk in inputs.Chunk(batchSize))
        {
            // Each document is hashed once: the key decides whether to code it and identifies what is stored.
            var keys = new Dictionary<SourceDocument, DocumentKey>(ReferenceEqualityComparer.Instance);
            foreach (var item in chunk)
                if (item.Document is { } doc) keys[doc] = DocumentKey.Of(doc);
            var already = store.FindStored(keys.Values);
            var todo = chunk.Where(i => i.Document is null || !already.Contains(keys[i.Document])).ToList();
            skipped += chunk.Length - todo.Count;
            var batch = new List<IngestDocument>(chunk.Length);
            var seen = new HashSet<DocumentKey>(already);
            foreach (var result in Batch.Run(todo, pipeline.Process, threads))
            {
                if (result.Error is { } e) { failed++; onError(e); continue; }
                var key = keys[result.Source!];
                // The same document twice in one batch is stored once.
                if (!seen.Add(key)) { skipped++; continue; }
                batch.Add(new IngestDocument(key, result.Article!, result.Events));
            }
            var outcome = store.Store(batch);
            stored += outcome.Stored;
            skipped += outcome.Skipped;
            events += outcome.Reports;
            foreach (var rejected in outcome.Rejected)
            {
                failed++;
                onError(new InputError(rejected.Doc, $"not stored: {rejected.Reason}"));
            }
            onProgress?.Invoke(new IngestProgress(stored, skipped, events, failed, clock.Elapsed));
        }
        return new IngestProgress(stored, skipped, events, failed, clock.Elapsed);
    }
}
