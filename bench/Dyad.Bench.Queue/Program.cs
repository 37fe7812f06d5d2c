using System.Diagnostics;
using System.Globalization;
using Dyad.Bench.Queue;
using Dyad.Input;
using Dyad.Queue;

// Queue throughput: documents/s through `dyad worker` processes (one coding thread each), for each
// worker count, from publish to the last ack. Workers start and load their models before the clock.
//   dotnet run --project bench/Dyad.Bench.Queue -c Release -- NATS_URL POSTGRES_URL [DOCS] [WORKERS...]
// e.g. ... nats://127.0.0.1:54222 postgres://dyad:dyad@127.0.0.1:55432/dyad_test 600 1 2
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Dyad.Bench.Queue NATS_URL POSTGRES_URL [DOCS=600] [WORKERS=1 2]");
    return 2;
}
string nats = args[0], pg = args[1];
int docs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 600;
int[] counts = args.Length > 3 ? [.. args.Skip(3).Select(a => int.Parse(a, CultureInfo.InvariantCulture))] : [1, 2];

Console.WriteLine($"{docs} synthetic stories, {Environment.ProcessorCount} cores, each worker --threads 1 --max-in-flight 16");
double? single = null;
foreach (int n in counts)
{
    var names = new QueueNames("bench_" + Guid.NewGuid().ToString("N")[..12]);
    var db = TestDatabase.FreshSchema(pg);
    await using var queue = await QueueConnection.OpenAsync(nats, names);
    var workers = Enumerable.Range(1, n).Select(i => WorkerProcess.Start(nats, names.Name, db, $"bench-{i}", "--threads", "1", "--max-in-flight", "16")).ToList();
    try
    {
        // Models load in each worker before it heartbeats; time only the coding.
        while ((await QueueStatus.ReadAsync(queue)).Workers.Count < n)
        {
            if (workers.FirstOrDefault(w => w.HasExited) is { } dead) throw new InvalidOperationException($"worker {dead.Name} exited:\n{dead.Log}");
            await Task.Delay(200);
        }
        var cpuBefore = workers.Sum(w => w.CpuTime.TotalSeconds);
        var clock = Stopwatch.StartNew();
        var published = await new DocumentPublisher(queue).PublishAsync(
            Enumerable.Range(0, docs).Select(i => InputItem.Of(NewsCorpus.Story(i))), e => Console.Error.WriteLine($"{e.Origin}: {e.Problem}"));
        QueueStatus status;
        while (!(status = await QueueStatus.ReadAsync(queue)).Drained) await Task.Delay(100);
        // The last heartbeat, a beat after the last ack, has each worker's coding and storing time.
        await Task.Delay(WorkerHeartbeat.Interval * 1.5);
        var beats = (await QueueStatus.ReadAsync(queue)).Workers;
        double rate = published.Published / clock.Elapsed.TotalSeconds;
        // CPU seconds per document show whether the workers did the same work each (so that free cores would
        // have meant proportional speed-up) even when other processes on the machine took some of the cores.
        double cpu = workers.Sum(w => w.CpuTime.TotalSeconds) - cpuBefore;
        single ??= rate;
        Console.WriteLine($"{n} worker(s): {published.Published} documents in {clock.Elapsed.TotalSeconds:0.0} s = {rate:0.0} documents/s ({rate / single:0.00}x one worker); " +
            $"workers used {cpu:0.0} CPU s = {1000 * cpu / published.Published:0.0} ms per document, " +
            $"spent {beats.Sum(w => w.CodingSeconds):0.0} s coding and {beats.Sum(w => w.StoringSeconds):0.0} s storing; " +
            $"publishing took {published.Elapsed.TotalSeconds:0.00} s; dead-lettered {status.DeadLettered}");
    }
    finally
    {
        foreach (var w in workers) await w.StopAsync(TimeSpan.FromSeconds(30));
        foreach (var w in workers) w.Dispose();
    }
}
return 0;
