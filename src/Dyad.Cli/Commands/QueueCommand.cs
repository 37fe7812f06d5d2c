using System.CommandLine;
using System.Globalization;
using Dyad.Queue;

namespace Dyad.Cli.Commands;

/// <summary>`dyad queue status`, and the --queue and --queue-name options that `ingest` and `worker` share with it.</summary>
public static class QueueCommand
{
    public static Option<string> Url(bool required) => new("--queue")
    {
        Description = "NATS server with JetStream holding the document queue, e.g. nats://host:4222",
        Required = required,
    };

    public static Option<string> Name() => new("--queue-name")
    {
        Description = "Name of the queue on that server (its streams, consumer and worker bucket derive from it)",
        DefaultValueFactory = _ => QueueNames.DefaultName,
        Validators = { r => { try { _ = new QueueNames(r.GetValueOrDefault<string>()); } catch (ArgumentException e) { r.AddError(e.Message); } } },
    };

    public static Command Create(CliContext ctx)
    {
        var url = Url(required: true);
        var name = Name();
        var status = new Command("status", "Documents pending, in flight and dead-lettered, and each live worker's rate");
        status.Options.Add(url);
        status.Options.Add(name);
        status.SetAction(r => ShowStatusAsync(ctx, r.GetValue(url)!, new QueueNames(r.GetValue(name)!)).GetAwaiter().GetResult());
        var cmd = new Command("queue", "Inspect the NATS JetStream queue that `dyad ingest --queue` fills and `dyad worker` drains");
        cmd.Subcommands.Add(status);
        return cmd;
    }

    private static async Task<int> ShowStatusAsync(CliContext ctx, string url, QueueNames names)
    {
        await using var queue = await QueueConnection.OpenAsync(url, names);
        var s = await QueueStatus.ReadAsync(queue);
        ctx.Out.WriteLine($"queue {names.Name} at {url}");
        ctx.Out.WriteLine($"pending {s.Pending}, in flight {s.InFlight} (redelivered {s.Redelivered}), dead-lettered {s.DeadLettered}");
        if (s.Workers.Count == 0) { ctx.Out.WriteLine("no live workers"); return ExitCodes.Success; }
        static string N(double v) => v.ToString("0.0", CultureInfo.InvariantCulture);
        TableWriter.Write(ctx.Out, ["worker", "host", "docs/s (1 min)", "stored", "skipped", "dead", "events", "in flight", "coding s", "storing s", "up", "seen"],
            s.Workers.Select(w => (IReadOnlyList<string>)[
                w.Worker, w.Host, N(w.DocumentsPerSecond), $"{w.Stored}", $"{w.Skipped}", $"{w.DeadLettered}", $"{w.Events}", $"{w.InFlight}", N(w.CodingSeconds), N(w.StoringSeconds),
                $"{(DateTimeOffset.UtcNow - w.Started).TotalMinutes:0} min", $"{(DateTimeOffset.UtcNow - w.Updated).TotalSeconds:0} s ago"]));
        ctx.Out.WriteLine($"total {N(s.Workers.Sum(w => w.DocumentsPerSecond))} docs/s over {s.Workers.Count} workers");
        return ExitCodes.Success;
    }
}
