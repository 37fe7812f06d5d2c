using System.CommandLine;
using System.Globalization;
using Dyad.Output;
using Dyad.Storage;

namespace Dyad.Cli.Commands;

/// <summary>`dyad events`: query stored events by actor, dyad, code, date, place or text.</summary>
public static class EventsCommand
{
    public static Command Create(CliContext ctx)
    {
        var store = new StoreOptions();
        var limit = new Option<int>("--limit") { Description = "Events per page", DefaultValueFactory = _ => 50 };
        var offset = new Option<int>("--offset") { Description = "Events to skip (paging)" };
        var format = new Option<string>("--format") { Description = "table (default on a terminal), csv or jsonl", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "jsonl");
        var cmd = new Command("events", "List stored events (deduplicated across articles), filtered by actor, dyad, code, date, place or text") { limit, offset, format };
        store.AddFilters(cmd);
        cmd.SetAction(r =>
        {
            using var db = EventStore.Open(r.GetValue(store.Db)!, readOnly: true);
            var events = db.Events(store.Query(r) with { Limit = r.GetValue(limit), Offset = r.GetValue(offset) });
            switch (r.GetValue(format))
            {
                case "table":
                    TableWriter.Write(ctx.Out, ["date", "source", "target", "cameo", "event", "plover", "reports", "articles", "evidence"],
                        events.Select(e => (IReadOnlyList<string>)[
                            e.Date?.ToString() ?? "-", e.Event.Source.Code.Value, e.Event.Target.Code.Value, e.Event.Cameo.Value,
                            e.Event.CameoName, e.Event.Plover.Type, e.Mentions.ToString(CultureInfo.InvariantCulture),
                            e.Articles.ToString(CultureInfo.InvariantCulture), e.Event.Sentence]), maxCell: 70);
                    ctx.Out.WriteLine($"{events.Count} events{(events.Count == r.GetValue(limit) ? " (more with --offset)" : "")}");
                    break;
                default:
                    using (var w = EventWriters.Create(EventWriters.Parse(r.GetValue(format)!), ctx.Out))
                        foreach (var e in events) w.Write(e.Event with { Date = e.Date });
                    break;
            }
            return ExitCodes.Success;
        });
        return cmd;
    }
}
