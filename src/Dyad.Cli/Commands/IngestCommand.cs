using System.CommandLine;
using Dyad.Input;
using Dyad.Pipeline;
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
        var cmd = new Command("ingest", "Code documents and store them, their events and evidence, in a DuckDB file or PostgreSQL (idempotent, resumable)");
        inputs.AddTo(cmd);
        cmd.Options.Add(store.Db);
        cmd.Options.Add(batch);
        cmd.SetAction(r =>
        {
            var errors = new ErrorReport(ctx.Err);
            using var db = EventStore.Open(r.GetValue(store.Db)!);
            var reader = new DocumentReader(inputs.Options(r), ctx.Stdin);
            var ingestion = new Ingestion(DyadPipeline.Create(), db, inputs.ThreadsOf(r), r.GetValue(batch));
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
}
