using System.CommandLine;
using Dyad.Input;
using Dyad.Pipeline;
using Dyad.Queue;
using Dyad.Storage;

namespace Dyad.Cli.Commands;

/// <summary>`dyad ingest`: code documents and store them, with their events and evidence, in the event store.</summary>
public static class IngestCommand
{
    public static Command Create(CliContext ctx)
    {
        var inputs = new InputArguments();
        var store = new StoreOptions();
        var batch = new Option<int>("--batch") { Description = "Documents stored per transaction", DefaultValueFactory = _ => 256 };
        var queue = QueueCommand.Url(required: false);
        queue.Description = "Publish the documents to this NATS JetStream queue (nats://host:4222) for `dyad worker` to code and store, instead of coding them here";
        var queueName = QueueCommand.Name();
        var beam = ParserBeamOption.Create();
        var cmd = new Command("ingest", "Code documents and store them, their events and evidence, in a DuckDB file or PostgreSQL (idempotent, resumable)");
        inputs.AddTo(cmd);
        cmd.Options.Add(store.Db);
        cmd.Options.Add(batch);
        cmd.Options.Add(beam);
        cmd.Options.Add(queue);
        cmd.Options.Add(queueName);
        cmd.SetAction(r =>
        {
            var errors = new ErrorReport(ctx.Err);
            if (r.GetValue(queue) is { } url)
                return PublishAsync(ctx, inputs, r, url, new QueueNames(r.GetValue(queueName)!), errors).GetAwaiter().GetResult();
            using var db = EventStore.Open(r.GetValue(store.Db)!);
            var reader = new DocumentReader(inputs.Options(r), ctx.Stdin);
            var ingestion = new Ingestion(DyadPipeline.Create(parserBeam: r.GetValue(beam)), db, inputs.ThreadsOf(r), r.GetValue(batch));
            // A terminal gets one progress line rewritten in place; a log file gets a line per batch.
            bool live = ctx.Err == Console.Error && !Console.IsErrorRedirected;
            var done = ingestion.Run(reader.Read(inputs.PathsOf(r)), errors.Add, p =>
            {
                var line = $"{p.Documents + p.Skipped} documents ({p.DocumentsPerSecond:0}/s), {p.Events} events, {p.Failed} errors";
                if (live) ctx.Err.Write($"\r{line}   ");
                else ctx.Err.WriteLine($"dyad: ingest: {line}");
            });
            if (live) ctx.Err.WriteLine();
            var counts = db.Counts();
            ctx.Out.WriteLine($"stored {done.Documents} documents ({done.Skipped} already there), {done.Events} event reports, {done.Failed} failed, in {done.Elapsed.TotalSeconds:0.0} s");
            ctx.Out.WriteLine($"{db.Description} now holds {counts.Documents} documents and {counts.Events} events from {counts.Reports} reports");
            return errors.ExitCode;
        });
        return cmd;
    }

    private static async Task<int> PublishAsync(CliContext ctx, InputArguments inputs, ParseResult r, string url, QueueNames names, ErrorReport errors)
    {
        await using var queue = await QueueConnection.OpenAsync(url, names);
        var reader = new DocumentReader(inputs.Options(r), ctx.Stdin);
        var done = await new DocumentPublisher(queue).PublishAsync(reader.Read(inputs.PathsOf(r)), errors.Add);
        ctx.Out.WriteLine($"queued {done.Published} documents ({done.Duplicates} already queued), {done.Failed} failed, in {done.Elapsed.TotalSeconds:0.0} s, on queue {names.Name} at {url}");
        return errors.ExitCode;
    }
}
