using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dyad.Storage;
using Dyad.Storage.Queries;

namespace Dyad.Cli.Commands;

/// <summary>`dyad series A B --by month`: how relations between two actors moved, in both directions.</summary>
public static class SeriesCommand
{
    public static Command Create(CliContext ctx)
    {
        var store = new StoreOptions();
        var a = new Argument<string>("a") { Description = "First actor code, e.g. IGOWSTNAT" };
        var b = new Argument<string>("b") { Description = "Second actor code, e.g. RUS" };
        var by = new Option<string>("--by") { Description = "day, week, month or year", DefaultValueFactory = _ => "month" };
        by.AcceptOnlyFromAmong("day", "week", "month", "year");
        var format = new Option<string>("--format") { Description = "table, csv or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var cmd = new Command("series", "Events between two actors per day, week, month or year: counts per quad class and Goldstein, both directions") { a, b, by, format, store.Db, store.From, store.To };
        cmd.SetAction(r =>
        {
            using var db = EventStore.Open(r.GetValue(store.Db)!, readOnly: true);
            var query = new SeriesQuery(r.GetValue(a)!, r.GetValue(b)!, Enum.Parse<SeriesInterval>(r.GetValue(by)!, ignoreCase: true))
            {
                From = StoreOptions.DateOf(r, store.From),
                To = StoreOptions.DateOf(r, store.To),
            };
            var points = db.Series(query);
            string[] header = ["period", "source", "target", "verbal coop", "material coop", "verbal conflict", "material conflict", "events", "goldstein sum", "goldstein mean"];
            var rows = points.Select(p => (IReadOnlyList<string>)[
                p.Period.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), p.Source, p.Target,
                N(p.VerbalCooperation), N(p.MaterialCooperation), N(p.VerbalConflict), N(p.MaterialConflict), N(p.Events),
                p.GoldsteinSum.ToString("0.0", CultureInfo.InvariantCulture), (p.Events == 0 ? 0 : p.GoldsteinSum / p.Events).ToString("0.00", CultureInfo.InvariantCulture)]).ToList();
            switch (r.GetValue(format))
            {
                case "table":
                    TableWriter.Write(ctx.Out, header, rows);
                    break;
                case "csv":
                    ctx.Out.WriteLine(string.Join(',', header.Select(h => h.Replace(' ', '_'))));
                    foreach (var row in rows) ctx.Out.WriteLine(string.Join(',', row));
                    break;
                default:
                    ctx.Out.WriteLine(JsonSerializer.Serialize(points, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower }));
                    break;
            }
            return ExitCodes.Success;
        });
        return cmd;
    }

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);
}
