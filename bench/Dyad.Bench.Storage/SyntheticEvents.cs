using DuckDB.NET.Data;

namespace Dyad.Bench.Storage;

/// <summary>
/// Fills the events table of a DuckDB store with synthetic rows in one SQL statement: the series
/// benchmark needs 10 million events, which ingest (a few thousand a second) would take an hour to
/// write. Actors, roots and dates are spread like the corpus: 30 countries, a few IGOs, 2000-2024.
/// </summary>
internal static class SyntheticEvents
{
    public static void Load(string path, int count)
    {
        using var c = new DuckDBConnection($"Data Source={path}");
        c.Open();
        using var cmd = c.CreateCommand();
        string actors = string.Join(", ", SyntheticCorpus.Countries.Append("IGOWSTNAT").Append("IGOUNO").Select(a => $"'{a}'"));
        cmd.CommandText = $"""
            DELETE FROM events;
            INSERT INTO events
            SELECT i, src || '|' || tgt || '|' || root || '|asserted', src || role, tgt, src, tgt,
                   root || '0', root, CASE WHEN root <= '05' THEN 1 WHEN root <= '08' THEN 2 WHEN root <= '13' THEN 3 ELSE 4 END,
                   (hash(i * 3) % 200) / 10.0 - 10.0, 'CONSULT',
                   strftime(d, '%Y-%m-%d'), d, d, NULL, NULL, 1, 1, 1
            FROM (
                SELECT i,
                       list_element([{actors}], (hash(i) % 32 + 1)::INTEGER) AS src,
                       list_element([{actors}], (hash(i * 7) % 32 + 1)::INTEGER) AS tgt,
                       list_element(['', 'GOV', 'MIL'], (hash(i * 5) % 3 + 1)::INTEGER) AS role,
                       lpad(((hash(i * 11) % 20) + 1)::VARCHAR, 2, '0') AS root,
                       (DATE '2000-01-01' + (hash(i * 13) % 9131)::INTEGER) AS d
                FROM range({count}) t(i)
            );
            CHECKPOINT;
            """;
        cmd.ExecuteNonQuery();
    }
}
