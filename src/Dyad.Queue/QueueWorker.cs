using Dyad.Core.Documents;
using Dyad.Input;
using Dyad.Pipeline;
using Dyad.Storage;
using Dyad.Storage.Ingest;
using NATS.Client.JetStream;

namespace Dyad.Queue;

/// <summary>What a worker did before it stopped.</summary>
public sealed record WorkerResult(long Stored, long Skipped, long Events, long DeadLettered);

/// <summary>
/// Pulls documents from the shared durable consumer, codes them, stores each fetch in one
/// transaction and acknowledges only after the commit. A crash before the ack means redelivery, and
/// the store's check by document key turns that into a skip, so nothing is stored twice. Documents
/// that cannot be coded or stored go to the dead-letter stream with the reason.
/// </summary>
/// <param name="openStore">Opens the event store; called again after the store fails (connection lost, server restarted).</param>
public sealed class QueueWorker(QueueConnection queue, DyadPipeline pipeline, Func<IEventStore> openStore, WorkerOptions options, Action<string> log) : IDisposable
{
    private readonly WorkerHeartbeat _heartbeat = new(queue, options.Name);
    private IEventStore? _store;

    private sealed record Work(INatsJSMsg<byte[]> Msg, SourceDocument Doc, DocumentKey Key);

    /// <summary>Runs until <paramref name="stop"/>: then the fetch in hand is finished (coded, stored, acked) or, if the store is down, handed back.</summary>
    public async Task<WorkerResult> RunAsync(CancellationToken stop)
    {
        // Opened before the first fetch so that a wrong --db fails at once instead of retrying forever.
        _store ??= openStore();
        log($"worker {options.Name}: coding queue {queue.Names.Name} at {queue.Url} into {_store.Description} ({options.Threads} threads, up to {options.MaxInFlight} in flight)");
        var consumer = await queue.ConsumerAsync(options.AckWait, stop);
        using var beats = new CancellationTokenSource();
        var beating = _heartbeat.RunAsync(beats.Token);
        try
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    // The pull is not cancelled by stop: messages already on their way would wait out the ack wait.
                    var msgs = new List<INatsJSMsg<byte[]>>(options.MaxInFlight);
                    await foreach (var m in consumer.FetchAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = options.MaxInFlight, Expires = options.FetchWait }))
                        msgs.Add(m);
                    if (stop.IsCancellationRequested) { await NakAsync(msgs); break; }
                    if (msgs.Count > 0) await HandleAsync(msgs, stop);
                }
                catch (NATS.Client.Core.NatsException e) when (!stop.IsCancellationRequested)
                {
                    // The client reconnects by itself; unacknowledged messages come back after the ack wait
                    // and committed ones are then skipped, so riding out the outage loses nothing.
                    log($"queue {queue.Url}: {e.Message}; retrying");
                    await Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None);
                }
            }
        }
        finally
        {
            await beats.CancelAsync();
            await beating;
            await _heartbeat.RetireAsync();
        }
        return new WorkerResult(_heartbeat.Stored, _heartbeat.Skipped, _heartbeat.Events, _heartbeat.DeadLettered);
    }

    private async Task HandleAsync(List<INatsJSMsg<byte[]>> msgs, CancellationToken stop)
    {
        _heartbeat.InFlight(msgs.Count);
        using var working = new CancellationTokenSource();
        var keepAlive = KeepAliveAsync(msgs, working.Token);
        try
        {
            var work = new List<Work>(msgs.Count);
            int dead = 0;
            foreach (var m in msgs)
            {
                SourceDocument doc;
                try
                {
                    doc = QueuedDocument.Decode(m.Data);
                }
                catch (FormatException e)
                {
                    // No document, so no key: the stream sequence identifies the dead letter instead.
                    await DeadLetterAsync(m, null, $"message-{m.Metadata?.Sequence.Stream}", e.Message);
                    dead++;
                    continue;
                }
                var key = DocumentKey.Of(doc);
                if (Deliveries(m) > options.MaxDeliver)
                {
                    await DeadLetterAsync(m, doc, key.Id, $"not acknowledged after {Deliveries(m) - 1} deliveries (the workers coding it stopped, timed out or could not reach the store)");
                    dead++;
                }
                else work.Add(new Work(m, doc, key));
            }

            // Redelivered after a commit whose ack was lost (worker killed in between): already done.
            var storing = System.Diagnostics.Stopwatch.StartNew();
            var already = await WithStoreAsync(s => s.FindStored(work.Select(w => w.Key)), stop);
            storing.Stop();
            if (already is null) { await NakAsync(work.Select(w => w.Msg)); return; }
            int skipped = 0;
            foreach (var w in work.Where(w => already.Contains(w.Key))) { await w.Msg.AckAsync(); skipped++; }
            var todo = work.Where(w => !already.Contains(w.Key)).ToList();

            var coding = System.Diagnostics.Stopwatch.StartNew();
            var results = await Task.Run(() => Batch.Run(todo.Select(w => InputItem.Of(w.Doc)), pipeline.Process, options.Threads).ToList());
            coding.Stop();
            var batch = new List<IngestDocument>(todo.Count);
            var coded = new List<Work>(todo.Count);
            var seen = new HashSet<DocumentKey>();
            for (int i = 0; i < todo.Count; i++)
            {
                var (w, result) = (todo[i], results[i]);
                // Coding failures are the document's own (bad content, or a bug it triggers): retrying cannot help.
                if (result.Error is { } error) { await DeadLetterAsync(w.Msg, w.Doc, w.Key.Id, error.Problem); dead++; continue; }
                coded.Add(w);
                // The same document twice in one fetch (published again after the duplicate window) is stored once.
                if (seen.Add(w.Key)) batch.Add(new IngestDocument(w.Key, result.Article!, result.Events));
            }

            storing.Start();
            var stored = await WithStoreAsync(s => s.Store(batch), stop);
            storing.Stop();
            _heartbeat.Timed(coding.Elapsed, storing.Elapsed);
            if (stored is not { } outcome)
            {
                await NakAsync(coded.Select(w => w.Msg));
                return;
            }
            var rejected = outcome.Rejected.ToDictionary(r => r.Key, r => r.Reason);
            foreach (var w in coded)
            {
                if (rejected.TryGetValue(w.Key, out var reason)) { await DeadLetterAsync(w.Msg, w.Doc, w.Key.Id, $"not stored: {reason}"); dead++; }
                else await w.Msg.AckAsync();
            }
            _heartbeat.Done(outcome.Stored, skipped + outcome.Skipped + coded.Count - batch.Count, outcome.Reports, dead);
        }
        finally
        {
            await working.CancelAsync();
            await keepAlive;
            _heartbeat.InFlight(0);
        }
    }

    /// <summary>
    /// Runs a store operation, reopening the store and retrying while it fails (the messages are kept
    /// alive meanwhile, so an outage does not use up deliveries). Null when asked to stop before the
    /// store came back.
    /// </summary>
    private async Task<T?> WithStoreAsync<T>(Func<IEventStore, T> operation, CancellationToken stop) where T : class
    {
        var wait = TimeSpan.FromSeconds(1);
        while (true)
        {
            try
            {
                var store = _store ??= openStore();
                return await Task.Run(() => operation(store));
            }
            catch (Exception e) when (e is StoreException or System.Data.Common.DbException)
            {
                log($"event store: {e.Message}; retrying in {wait.TotalSeconds:0} s");
                _store?.Dispose();
                _store = null;
            }
            try
            {
                await Task.Delay(wait, stop);
            }
            catch (OperationCanceledException)
            {
                return null;
            }
            wait = TimeSpan.FromSeconds(Math.Min(30, wait.TotalSeconds * 2));
        }
    }

    private async Task DeadLetterAsync(INatsJSMsg<byte[]> msg, SourceDocument? doc, string key, string error)
    {
        log($"{doc?.Origin ?? "message " + msg.Metadata?.Sequence.Stream}: {error} (dead-lettered)");
        await new DeadLetter(doc?.Id ?? "", doc?.Origin ?? "", key, error, Deliveries(msg), options.Name, msg.Data ?? []).PublishAsync(queue);
        // Acked only once the dead letter is safely recorded; a crash in between re-records it under the same id.
        await msg.AckAsync();
    }

    /// <summary>Tells the server the batch is still being worked on, so slow documents are not handed to another worker.</summary>
    private async Task KeepAliveAsync(IReadOnlyList<INatsJSMsg<byte[]>> msgs, CancellationToken done)
    {
        using var timer = new PeriodicTimer(options.AckWait / 3);
        try
        {
            while (await timer.WaitForNextTickAsync(done))
                foreach (var m in msgs) await m.AckProgressAsync(cancellationToken: done);
        }
        catch (OperationCanceledException) when (done.IsCancellationRequested)
        {
            // The batch is settled.
        }
    }

    /// <summary>Hands messages back for another worker at once instead of after the ack wait.</summary>
    private static async Task NakAsync(IEnumerable<INatsJSMsg<byte[]>> msgs)
    {
        foreach (var m in msgs) await m.NakAsync();
    }

    private static int Deliveries(INatsJSMsg<byte[]> m) => (int)(m.Metadata?.NumDelivered ?? 1);

    public void Dispose() => _store?.Dispose();
}
