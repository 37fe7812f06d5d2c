using Dyad.Bench.Queue;
using Dyad.Core.Documents;
using Dyad.Input;
using Dyad.Pipeline;
using Dyad.Storage.Ingest;
using Npgsql;
using Xunit.Abstractions;

namespace Dyad.Queue.Tests;

/// <summary>
/// Real `dyad worker` processes against real NATS and PostgreSQL: the crash and dead-letter
/// guarantees the queue exists for.
/// </summary>
public sealed class WorkerFleetTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Three_workers_one_killed_and_one_stopped_mid_batch_store_every_document_once_and_dead_letter_only_the_bad_inputs()
    {
        if (TestServers.Nats(output) is not { } nats || TestServers.Postgres(output) is not { } pg) return;
        var names = TestServers.FreshQueue();
        var db = TestDatabase.FreshSchema(pg);
        // Enough work that the queue cannot drain between two heartbeats (workers report every 2 s).
        var good = Enumerable.Range(0, 1500).Select(NewsCorpus.Story).ToList();
        var bad = Enumerable.Range(0, 4).Select(NewsCorpus.Bad).ToList();
        // Bad inputs spread through the batch, so they meet every worker's fetches, not just the last one.
        var all = good.Select((d, i) => (d, i)).SelectMany(x => x.i % 375 == 0 ? [bad[x.i / 375], x.d] : new[] { x.d }).ToList();

        await using var queue = await QueueConnection.OpenAsync(nats, names);
        // A short ack wait brings the killed worker's documents back quickly.
        var workers = Enumerable.Range(1, 3).Select(i => WorkerProcess.Start(nats, names.Name, db, $"worker-{i}",
            "--threads", "1", "--max-in-flight", "8", "--ack-wait", "3", "--max-deliver", "3")).ToList();
        try
        {
            await WaitFor(workers, async () => (await QueueStatus.ReadAsync(queue)).Workers.Count == 3, "three workers heartbeating");
            var published = await new DocumentPublisher(queue).PublishAsync(all.Select(InputItem.Of), e => Assert.Fail($"{e.Origin}: {e.Problem}"));
            Assert.Equal(all.Count, published.Published);

            // SIGKILL a worker while it holds a fetch and some documents are stored; which one is up to the scheduler.
            var killed = await BusyWorker(queue, workers, minStored: 40, "a worker busy mid-batch");
            killed.Kill();
            output.WriteLine($"killed {killed.Name}");

            // SIGTERM another worker mid-batch: it finishes (or hands back) what it holds and exits cleanly.
            var rest = workers.Where(w => w != killed).ToList();
            var stopped = await BusyWorker(queue, rest, minStored: 0, "another worker busy");
            Assert.Equal(0, await stopped.StopAsync(TimeSpan.FromSeconds(60)));
            Assert.Contains($"worker {stopped.Name} stopped", stopped.Log, StringComparison.Ordinal);

            var last = rest.Single(w => w != stopped);
            await WaitFor([last], async () => (await QueueStatus.ReadAsync(queue)).Drained, "the queue to drain");
            Assert.Equal(0, await last.StopAsync(TimeSpan.FromSeconds(60)));
            foreach (var w in workers) output.WriteLine($"{w.Name}:\n{w.Log}");
        }
        finally
        {
            foreach (var w in workers) w.Dispose();
        }

        // Every good document stored once, with exactly the events it codes to: no loss, no duplicate.
        var pipeline = DyadPipeline.Create();
        var expected = Batch.Run(good.Select(InputItem.Of), pipeline.Process, Environment.ProcessorCount)
            .ToDictionary(r => DocumentKey.Of(r.Source!).Id, r => r.Events.Select(e => e.EventId).Order(StringComparer.Ordinal).ToList());
        Assert.True(expected.Values.Sum(v => v.Count) > good.Count, "the stories should code to events");
        var stored = StoredEventIds(db);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), stored.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, ids) in expected) Assert.Equal(ids, stored[key]);

        // Dead letters: exactly the bad inputs, each once, with the reason.
        var dead = new List<DeadLetter>();
        await foreach (var d in DeadLetter.ReadAllAsync(queue)) dead.Add(d);
        Assert.Equal(bad.Select(b => DocumentKey.Of(b).Id).Order(StringComparer.Ordinal), dead.Select(d => d.Key).Order(StringComparer.Ordinal));
        Assert.All(dead, d => Assert.Contains("binary content", d.Error, StringComparison.Ordinal));
        Assert.All(dead, d => Assert.Equal(bad.Single(b => b.Id == d.Doc), d.Document()));
    }

    [Fact]
    public async Task Publishing_the_same_documents_again_is_dropped_by_the_server()
    {
        if (TestServers.Nats(output) is not { } nats) return;
        await using var queue = await QueueConnection.OpenAsync(nats, TestServers.FreshQueue());
        var docs = Enumerable.Range(0, 50).Select(i => InputItem.Of(NewsCorpus.Story(i))).ToList();
        var publisher = new DocumentPublisher(queue);
        var first = await publisher.PublishAsync(docs, e => Assert.Fail(e.Problem));
        var again = await publisher.PublishAsync(docs.Take(20).Append(InputItem.Fail("missing.txt", "no such file")), _ => { });
        Assert.Equal((50, 0, 0), (first.Published, first.Duplicates, first.Failed));
        Assert.Equal((0, 20, 1), (again.Published, again.Duplicates, again.Failed));
        var status = await QueueStatus.ReadAsync(queue);
        Assert.Equal((50L, 0L, 0L), (status.Pending, status.InFlight, status.DeadLettered));
    }

    /// <summary>Each stored document's coder event ids, sorted: one entry per stored report.</summary>
    private static Dictionary<string, List<string>> StoredEventIds(string db)
    {
        using var c = new NpgsqlConnection(TestDatabase.ConnectionString(db));
        c.Open();
        var ids = new Dictionary<string, List<string>>();
        using (var cmd = new NpgsqlCommand("SELECT doc_key FROM documents", c))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) Assert.True(ids.TryAdd(r.GetString(0), []), "a document stored twice");
        using (var cmd = new NpgsqlCommand("SELECT doc_key, coder_event_id FROM reports", c))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) ids[r.GetString(0)].Add(r.GetString(1));
        foreach (var list in ids.Values) list.Sort(StringComparer.Ordinal);
        return ids;
    }

    /// <summary>The first of these workers seen holding a fetch once the store has at least <paramref name="minStored"/> documents.</summary>
    private static async Task<WorkerProcess> BusyWorker(QueueConnection queue, IReadOnlyList<WorkerProcess> candidates, int minStored, string what)
    {
        WorkerProcess? busy = null;
        await WaitFor(candidates, async () =>
        {
            var s = await QueueStatus.ReadAsync(queue);
            if (s.Workers.Sum(w => w.Stored) < minStored) return false;
            busy = candidates.FirstOrDefault(c => s.Workers.Any(w => w.Worker == c.Name && w.InFlight > 0));
            return busy is not null;
        }, what);
        return busy!;
    }

    private static async Task WaitFor(IEnumerable<WorkerProcess> workers, Func<Task<bool>> done, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await done())
        {
            if (workers.FirstOrDefault(w => w.HasExited) is { } w) Assert.Fail($"{w.Name} exited while waiting for {what}:\n{w.Log}");
            if (DateTime.UtcNow > deadline) Assert.Fail($"timed out waiting for {what}");
            await Task.Delay(100);
        }
    }
}
