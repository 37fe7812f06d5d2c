using System.CommandLine;
using System.Runtime.InteropServices;
using Dyad.Pipeline;
using Dyad.Queue;
using Dyad.Storage;

namespace Dyad.Cli.Commands;

/// <summary>`dyad worker`: code documents from the NATS queue into the event store until stopped (SIGTERM or Ctrl-C).</summary>
public static class WorkerCommand
{
    public static Command Create(CliContext ctx)
    {
        var url = QueueCommand.Url(required: true);
        var name = QueueCommand.Name();
        var store = new StoreOptions();
        var defaults = new WorkerOptions();
        var threads = new Option<int>("--threads") { Description = "Documents coded at once (default: the number of cores)", DefaultValueFactory = _ => defaults.Threads };
        var inFlight = new Option<int>("--max-in-flight") { Description = "Documents held unacknowledged at once, coded and stored together", DefaultValueFactory = _ => defaults.MaxInFlight };
        var maxDeliver = new Option<int>("--max-deliver") { Description = "Deliveries without an ack before a document is dead-lettered", DefaultValueFactory = _ => defaults.MaxDeliver };
        var ackWait = new Option<double>("--ack-wait") { Description = "Seconds before an unacknowledged document goes to another worker", DefaultValueFactory = _ => defaults.AckWait.TotalSeconds };
        var worker = new Option<string>("--name") { Description = "This worker's name in `dyad queue status` (default HOST-PID)", DefaultValueFactory = _ => defaults.Name };
        foreach (var o in new[] { threads, inFlight, maxDeliver })
            o.Validators.Add(r => { if (r.GetValueOrDefault<int>() <= 0) r.AddError($"{r.Option.Name} must be positive"); });
        ackWait.Validators.Add(r => { if (r.GetValueOrDefault<double>() < 1) r.AddError("--ack-wait must be at least 1 second"); });

        var cmd = new Command("worker", "Code documents from a NATS JetStream queue and store them in PostgreSQL; run any number, on any machines");
        foreach (var o in new Option[] { url, name, store.Db, threads, inFlight, maxDeliver, ackWait, worker }) cmd.Options.Add(o);
        cmd.SetAction(r =>
        {
            var options = new WorkerOptions
            {
                Threads = r.GetValue(threads), MaxInFlight = r.GetValue(inFlight), MaxDeliver = r.GetValue(maxDeliver),
                AckWait = TimeSpan.FromSeconds(r.GetValue(ackWait)), Name = r.GetValue(worker)!,
            };
            return RunAsync(ctx, r.GetValue(url)!, new QueueNames(r.GetValue(name)!), r.GetValue(store.Db)!, options).GetAwaiter().GetResult();
        });
        return cmd;
    }

    private static async Task<int> RunAsync(CliContext ctx, string url, QueueNames names, string db, WorkerOptions options)
    {
        using var stop = new CancellationTokenSource();
        // SIGTERM (what orchestrators send) and Ctrl-C stop the worker after the batch in hand, instead of killing it.
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.Cancel(); });
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; stop.Cancel(); });
        var pipeline = DyadPipeline.Create();
        await using var queue = await QueueConnection.OpenAsync(url, names);
        using var worker = new QueueWorker(queue, pipeline, () => EventStore.Open(db), options, line => ctx.Err.WriteLine($"dyad: {line}"));
        var done = await worker.RunAsync(stop.Token);
        ctx.Out.WriteLine($"worker {options.Name} stopped: stored {done.Stored} documents ({done.Skipped} already there), {done.Events} event reports, {done.DeadLettered} dead-lettered");
        return ExitCodes.Success;
    }
}
