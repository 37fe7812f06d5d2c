using System.Diagnostics;
using DuckDB.NET.Data;

// Gives every event of a DuckDB store filled by `Dyad.Bench.Storage series` (which writes the events
// table alone, in one statement) a first report, so that /api/events, which joins each event to
// its first report, has rows to return. Usage: Dyad.Server.LoadTest STORE.duckdb
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: Dyad.Server.LoadTest STORE.duckdb (filled by Dyad.Bench.Storage series)");
    return 2;
}
var clock = Stopwatch.StartNew();
using var c = new DuckDBConnection($"Data Source={args[0]}");
c.Open();
using var cmd = c.CreateCommand();
// Column order of reports (Schema/Migrations/0001_initial.sql); spans point into the synthetic sentence.
cmd.CommandText = """
    INSERT INTO reports
    SELECT e.event_id, e.event_id, 'doc' || e.event_id, 'bench.example', 'doc' || e.event_id, 'c' || e.event_id,
           e.source_code, e.source_principal, e.source_principal, 0, length(e.source_principal),
           e.target_code, e.target_principal, e.target_principal, length(e.source_principal) + 10, length(e.source_principal) + 10 + length(e.target_principal),
           e.cameo, 'Synthetic event', e.goldstein, e.plover_type, NULL, NULL,
           e.date, e.date, e.date_start, e.date_end, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
           'asserted', e.source_principal || ' met with ' || e.target_principal || '.', 'met',
           length(e.source_principal) + 1, length(e.source_principal) + 4, 'synthetic', 0.5
    FROM events e ANTI JOIN reports r ON r.report_id = e.event_id;
    CHECKPOINT;
    """;
int rows = cmd.ExecuteNonQuery();
Console.WriteLine($"added {rows:N0} reports in {clock.Elapsed.TotalSeconds:F1} s");
return 0;
