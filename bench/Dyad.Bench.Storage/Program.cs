using System.Diagnostics;
using System.Globalization;
using Dyad.Bench.Storage;
using Dyad.Storage;
using Dyad.Storage.Queries;

// Storage benchmarks and the child process of the kill -9 test.
//   ingest --db PATH [--docs N] [--batch B] [--seed S]  stores synthetic articles, printing "stored N" per batch
//   hold --db PATH                                       opens the store for writing until stdin closes
//   series --db PATH [--events N]                        loads N synthetic events (once) and times series queries
//   all                                                  both benchmarks in a temporary folder
var opts = ParseOptions(args.Skip(1));
string mode = args.Length > 0 ? args[0] : "all";
string Opt(string name, string fallback) => opts.TryGetValue(name, out var v) ? v : fallback;
int Int(string name, int fallback) => int.Parse(Opt(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

switch (mode)
{
    case "ingest":
        Bench.Ingest(Opt("db", EventStore.DefaultPath), Int("docs", 20_000), Int("batch", 500), Int("seed", 1));
        break;
    case "hold":
        using (EventStore.Open(Opt("db", EventStore.DefaultPath)))
        {
            Console.WriteLine("ready");
            Console.In.ReadToEnd();
        }
        break;
    case "series":
        Bench.Series(Opt("db", "series.duckdb"), Int("events", 10_000_000));
        break;
    case "all":
        var dir = Directory.CreateTempSubdirectory("dyad-bench-");
        try
        {
            Bench.Ingest(Path.Combine(dir.FullName, "ingest.duckdb"), Int("docs", 20_000), Int("batch", 500), 1);
            Bench.Series(Path.Combine(dir.FullName, "series.duckdb"), Int("events", 10_000_000));
        }
        finally { dir.Delete(true); }
        break;
    default:
        Console.Error.WriteLine($"unknown mode '{mode}' (ingest, hold, series, all)");
        return 2;
}
return 0;

static Dictionary<string, string> ParseOptions(IEnumerable<string> args)
{
    var d = new Dictionary<string, string>();
    string? key = null;
    foreach (var a in args)
        if (a.StartsWith("--", StringComparison.Ordinal)) key = a[2..];
        else if (key is not null) { d[key] = a; key = null; }
    return d;
}

static class Bench
{
    public static void Ingest(string db, int docs, int batch, int seed)
    {
        var corpus = new SyntheticCorpus(seed, eventPool: Math.Max(100, docs / 2));
        using var store = EventStore.Open(db);
        var sw = Stopwatch.StartNew();
        int stored = 0, skipped = 0, reports = 0, created = 0;
        for (int from = 0; from < docs; from += batch)
        {
            // Hashing the content (DocumentKey) happens inside the generator, so it is timed too.
            var result = store.Store([.. corpus.Documents(Math.Min(batch, docs - from), from)]);
            stored += result.Stored; skipped += result.Skipped; reports += result.Reports; created += result.NewEvents;
            foreach (var r in result.Rejected) Console.Error.WriteLine($"rejected {r.Doc}: {r.Reason}");
            Console.WriteLine($"stored {stored} skipped {skipped}");
        }
        sw.Stop();
        var counts = store.Counts();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ingest: {docs} docs ({stored} new, {skipped} already stored) in {sw.Elapsed.TotalSeconds:F2} s = {docs / sw.Elapsed.TotalSeconds:F0} docs/s; " +
            $"{reports} reports, {created} new events; store now {counts.Documents} docs, {counts.Reports} reports, {counts.Events} events; " +
            $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1 << 20)} MiB"));
    }

    public static void Series(string db, int events)
    {
        using (var store = EventStore.Open(db))
        {
            if (store.Counts().Events < events)
            {
                store.Dispose();
                var load = Stopwatch.StartNew();
                SyntheticEvents.Load(db, events);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"series: loaded {events:N0} synthetic events in {load.Elapsed.TotalSeconds:F1} s"));
            }
        }
        using var s = EventStore.Open(db, readOnly: true);
        Console.WriteLine($"series: store holds {s.Counts().Events:N0} events");
        foreach (var (a, b, by) in new[] { ("USA", "RUS", SeriesInterval.Month), ("USA", "RUS", SeriesInterval.Day), ("CHN", "USAGOV", SeriesInterval.Week), ("IGOWSTNAT", "RUS", SeriesInterval.Year) })
        {
            var times = new List<double>();
            IReadOnlyList<SeriesPoint> points = [];
            for (int run = 0; run < 5; run++)
            {
                var sw = Stopwatch.StartNew();
                points = s.Series(new SeriesQuery(a, b, by));
                times.Add(sw.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"series {a} {b} --by {by.ToString().ToLowerInvariant()}: {points.Count} rows, {points.Sum(p => p.Events):N0} events; first {times[0]:F0} ms, best {times.Min():F0} ms"));
        }
    }
}
