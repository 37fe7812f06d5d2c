using System.CommandLine;
using Dyad.Storage;
using Dyad.Storage.Export;

namespace Dyad.Cli.Commands;

/// <summary>`dyad export`: write stored events as JSON Lines, CSV, GDELT TSV, PLOVER JSON or Parquet.</summary>
public static class ExportCommand
{
    public static Command Create(CliContext ctx)
    {
        var store = new StoreOptions();
        var format = new Option<string>("--format") { Description = "jsonl, csv, gdelt, plover or parquet", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv", "gdelt", "plover", "parquet");
        var output = new Option<string>("--output", "-o") { Description = "File to write", Required = true };
        var cmd = new Command("export", "Export stored events (all, or those matching the filters)") { format, output };
        store.AddFilters(cmd);
        cmd.SetAction(async (r, cancel) =>
        {
            using var db = EventStore.Open(r.GetValue(store.Db)!, readOnly: true);
            await using var file = File.Create(r.GetValue(output)!);
            long n = await EventExport.WriteAsync(db, store.Query(r), ExportFormats.Parse(r.GetValue(format)!), file, cancel).ConfigureAwait(false);
            ctx.Out.WriteLine($"wrote {n} events to {r.GetValue(output)}");
            return ExitCodes.Success;
        });
        return cmd;
    }
}
