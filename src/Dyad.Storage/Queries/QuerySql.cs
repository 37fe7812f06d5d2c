using Dyad.Storage.Sql;

namespace Dyad.Storage.Queries;

/// <summary>The read queries, in the SQL DuckDB and PostgreSQL share.</summary>
internal static class QuerySql
{
    /// <summary>Events with their first report's columns; event columns first (id, date, mentions, articles, sources).</summary>
    public static string Events(EventQuery q, List<object?> args, bool paged)
    {
        var sql = $"""
            SELECT e.event_id, e.date, e.mentions, e.articles, e.sources, {Rows.ReportSelect("r")}
            FROM events e JOIN reports r ON r.report_id = e.event_id
            {EventFilter.Where(q, args)}
            ORDER BY e.date_start NULLS LAST, e.event_id
            """;
        if (paged) sql += $" LIMIT {EventFilter.Arg(args, (long)Math.Max(0, q.Limit))} OFFSET {EventFilter.Arg(args, (long)Math.Max(0, q.Offset))}";
        return sql;
    }

    public const int EventColumnsBeforeReport = 5;

    public static string Series(SeriesQuery q, List<object?> args)
    {
        string unit = q.By.ToString().ToLowerInvariant();
        string ab = $"{EventFilter.Actor("source", q.A, args)} AND {EventFilter.Actor("target", q.B, args)}";
        string ba = $"{EventFilter.Actor("source", q.B, args)} AND {EventFilter.Actor("target", q.A, args)}";
        var range = "";
        if (q.From is { } from) range += $" AND e.date_start >= {EventFilter.Arg(args, from.Start)}";
        if (q.To is { } to) range += $" AND e.date_start <= {EventFilter.Arg(args, to.End)}";
        // The direction test is repeated in the CASE so one scan serves both directions.
        return $"""
            SELECT CAST(date_trunc('{unit}', e.date_start) AS DATE) AS period,
                   CASE WHEN {ab} THEN 0 ELSE 1 END AS reversed,
                   count(*) FILTER (WHERE e.quad_class = 1), count(*) FILTER (WHERE e.quad_class = 2),
                   count(*) FILTER (WHERE e.quad_class = 3), count(*) FILTER (WHERE e.quad_class = 4),
                   count(*), sum(e.goldstein)
            FROM events e
            WHERE e.date_start IS NOT NULL AND (({ab}) OR ({ba})){range}
            GROUP BY 1, 2 ORDER BY 1, 2
            """;
    }

    public static string TopActors(EventQuery filter, int count, List<object?> args) => $"""
        WITH f AS (SELECT e.source_principal, e.target_principal FROM events e {EventFilter.Where(filter, args)})
        SELECT actor, count(*) AS n, count(*) FILTER (WHERE is_source = 1), count(*) FILTER (WHERE is_source = 0)
        FROM (SELECT source_principal AS actor, 1 AS is_source FROM f
              UNION ALL SELECT target_principal, 0 FROM f) a
        GROUP BY actor ORDER BY n DESC, actor LIMIT {EventFilter.Arg(args, (long)count)}
        """;

    public static string TopDyads(EventQuery filter, int count, List<object?> args) => $"""
        SELECT e.source_principal, e.target_principal, count(*) AS n, avg(e.goldstein)
        FROM events e {EventFilter.Where(filter, args)}
        GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT {EventFilter.Arg(args, (long)count)}
        """;

    public const string Reports = "SELECT {0} FROM reports r WHERE r.event_id = $1 ORDER BY r.report_id";

    public const string Document = "SELECT doc, title, published, byline, language, site_name, url, text FROM documents WHERE doc_key = $1";

    public const string DocumentReports = "SELECT {0} FROM reports r WHERE r.doc_key = $1 ORDER BY r.report_id";

    public const string Counts =
        "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM reports), (SELECT count(*) FROM events)";
}
