using Dyad.Core.Documents;
using System.Data.Common;
using Dyad.Core.Events;
using Dyad.Storage.Dedup;
using Dyad.Storage.Ingest;
using Dyad.Storage.Queries;
using Dyad.Storage.Schema;

namespace Dyad.Storage.Sql;

/// <summary>
/// The store's behaviour in SQL both databases accept. A backend supplies the connection, bulk
/// loading, the cross-process write lock and the reading of its errors.
/// </summary>
internal abstract class SqlEventStore : IEventStore
{
    /// <summary>IN lists are cut to this many values per query.</summary>
    private const int InListChunk = 1000;

    protected DbConnection Connection { get; }
    private readonly bool _readOnly;

    public abstract string Description { get; }
    public int SchemaVersion { get; private set; }

    protected SqlEventStore(DbConnection connection, bool readOnly)
    {
        Connection = connection;
        _readOnly = readOnly;
    }

    /// <summary>Runs migrations (or checks the version when read-only); called once the subclass can describe itself.</summary>
    protected void Initialize(string dialect) =>
        SchemaVersion = Guard(() => Migrator.Run(Connection, dialect, Description, _readOnly, LockForWrite));

    /// <summary>Keeps other processes' writes out until the transaction ends, so dedup sees every committed event.</summary>
    protected abstract void LockForWrite(DbTransaction tx);

    /// <summary>Appends rows (values in column order, typed as in <see cref="Rows"/>) inside the transaction.</summary>
    protected abstract void BulkInsert(DbTransaction tx, string table, string[] columns, IReadOnlyList<object?[]> rows);

    /// <summary>True when the failure lies in the rows being written (a constraint, a conversion), not in the database.</summary>
    protected abstract bool IsDataError(DbException e);

    /// <summary>A user-facing error for a database that cannot be used (locked, read-only, full, gone), or null.</summary>
    protected abstract StoreException? Explain(DbException e);

    protected T Guard<T>(Func<T> action)
    {
        try { return action(); }
        catch (DbException e) when (Explain(e) is { } explained) { throw explained; }
    }

    public IReadOnlySet<DocumentKey> FindStored(IEnumerable<DocumentKey> keys)
    {
        var byId = keys.DistinctBy(k => k.Id).ToDictionary(k => k.Id);
        return Guard(() => StoredIds(null, byId.Keys).Select(id => byId[id]).ToHashSet());
    }

    private HashSet<string> StoredIds(DbTransaction? tx, IEnumerable<string> ids)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(InListChunk))
            found.UnionWith(Connection.Query(tx, $"SELECT doc_key FROM documents WHERE doc_key IN ({string.Join(',', chunk.Select(Db.Literal))})", [], r => r.GetString(0)));
        return found;
    }

    public IngestResult Store(IReadOnlyList<IngestDocument> batch)
    {
        if (_readOnly) throw new StoreException($"{Description} was opened read-only; open it for writing to store documents");
        var rejected = new List<RejectedDocument>();
        var valid = new List<IngestDocument>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int repeated = 0;
        foreach (var d in batch)
        {
            if (DocumentValidator.Problem(d) is { } problem) rejected.Add(new RejectedDocument(d.Article?.Id ?? d.Key.Id, d.Key, problem));
            else if (!seen.Add(d.Key.Id)) repeated++;
            else valid.Add(d);
        }
        IngestResult written;
        try
        {
            written = Guard(() => Write(valid));
        }
        catch (DbException e) when (IsDataError(e))
        {
            // Something only the database could see is wrong with one document: write them one by
            // one so the others still go in and the bad one is named.
            written = IngestResult.Empty;
            foreach (var d in valid)
            {
                try { written = written.Add(Guard(() => Write([d]))); }
                catch (DbException one) when (IsDataError(one)) { rejected.Add(new RejectedDocument(d.Article.Id, d.Key, one.Message)); }
            }
        }
        return written with { Skipped = written.Skipped + repeated, Rejected = [.. rejected, .. written.Rejected] };
    }

    /// <summary>Writes the documents not stored yet, their reports and events, in one transaction.</summary>
    private IngestResult Write(IReadOnlyList<IngestDocument> docs)
    {
        if (docs.Count == 0) return IngestResult.Empty;
        using var tx = Connection.BeginTransaction();
        LockForWrite(tx);
        var stored = StoredIds(tx, docs.Select(d => d.Key.Id));
        var fresh = docs.Where(d => !stored.Contains(d.Key.Id)).ToList();
        if (fresh.Count == 0)
        {
            tx.Commit();
            return IngestResult.Empty with { Skipped = docs.Count };
        }

        var hosts = fresh.ToDictionary(d => d.Key.Id, SourceHost.Of);
        var reports = fresh.SelectMany(d => d.Events.Select(e => (Doc: d, Event: e, Facts: ReportFacts.Of(e, d.Key.Id, hosts[d.Key.Id])))).ToList();
        var clusters = LoadCandidates(tx, reports.Select(r => r.Facts));
        var ids = NextReportIds(tx, reports.Count);

        var reportRows = new List<object?[]>(reports.Count);
        var firstReports = new Dictionary<long, CodedEvent>();
        for (int i = 0; i < reports.Count; i++)
        {
            var (doc, e, facts) = reports[i];
            long eventId = clusters.Place(facts, ids[i]);
            if (eventId == ids[i]) firstReports[eventId] = e;
            reportRows.Add(Rows.Report(ids[i], eventId, doc.Key.Id, facts.Host, e));
        }
        var ingestedAt = DateTime.SpecifyKind(DateTime.UtcNow, DateTimeKind.Unspecified);
        BulkInsert(tx, "documents", Rows.DocumentColumns, [.. fresh.Select(d => Rows.Document(d, hosts[d.Key.Id], ingestedAt))]);
        BulkInsert(tx, "reports", Rows.ReportColumns, reportRows);
        BulkInsert(tx, "events", Rows.EventColumns, [.. clusters.All.Where(c => c.IsNew).Select(c => Rows.Event(c, firstReports[c.EventId]))]);
        foreach (var changed in clusters.All.Where(c => c.Changed).Chunk(InListChunk))
            Connection.Execute(tx, Rows.EventUpdate(changed));
        tx.Commit();
        return new IngestResult(fresh.Count, docs.Count - fresh.Count, reports.Count, firstReports.Count, []);
    }

    /// <summary>
    /// The stored events the batch's reports might join: same dedup key and a date window within
    /// reach of that report's, loaded with all their reports so the rule can be checked against each.
    /// </summary>
    private ClusterSet LoadCandidates(DbTransaction tx, IEnumerable<ReportFacts> facts)
    {
        var set = new ClusterSet();
        var probes = facts.Where(f => f.When is not null)
            .Select(f => (f.Key, From: f.When!.Value.Start.AddDays(-DedupRule.DayTolerance), To: f.When!.Value.End.AddDays(DedupRule.DayTolerance)))
            .Distinct();
        foreach (var chunk in probes.Chunk(InListChunk))
        {
            // An event found by an earlier chunk already has all its reports.
            var known = set.All.Select(c => c.EventId).ToHashSet();
            var sql = $"""
                SELECT r.event_id, e.dedup_key, r.doc_key, r.host, r.date, r.reported, r.quantity_count, r.location_country, r.lat, r.lon
                FROM events e JOIN reports r ON r.event_id = e.event_id
                WHERE e.event_id IN (
                    SELECT c.event_id FROM events c
                    JOIN (VALUES {string.Join(", ", chunk.Select(p => $"({Db.Literal(p.Key)}, {Db.DateLiteral(p.From)}, {Db.DateLiteral(p.To)})"))}) AS q(dedup_key, date_from, date_to)
                      ON c.dedup_key = q.dedup_key AND c.date_start <= q.date_to AND c.date_end >= q.date_from)
                ORDER BY r.event_id, r.report_id
                """;
            foreach (var (eventId, f) in Connection.Query(tx, sql, [], r => (r.Long(0),
                new ReportFacts(r.GetString(1), Rows.ParseDate(r.Text(4)) ?? Rows.ParseDate(r.Text(5)), r.LongOrNull(6), r.Text(7),
                    r.DoubleOrNull(8), r.DoubleOrNull(9), r.GetString(2), r.GetString(3)))))
                if (!known.Contains(eventId)) set.Load(eventId, f);
        }
        return set;
    }

    private long[] NextReportIds(DbTransaction tx, int count) => count == 0 ? [] :
        [.. Connection.Query(tx, "SELECT nextval('report_ids') FROM generate_series(1, $1)", [(long)count], r => r.Long(0)).Order()];

    public IReadOnlyList<StoredEvent> Events(EventQuery query) => Guard(() => ReadEvents(query, paged: true).ToList());

    public IEnumerable<StoredEvent> StreamEvents(EventQuery query)
    {
        using var e = Guard(() => ReadEvents(query, paged: false).GetEnumerator());
        while (Guard(e.MoveNext)) yield return e.Current;
    }

    private IEnumerable<StoredEvent> ReadEvents(EventQuery query, bool paged)
    {
        var args = new List<object?>();
        var sql = QuerySql.Events(query, args, paged);
        return Connection.Query(null, sql, args, r => new StoredEvent(
            r.Long(0), Rows.ReadReport(r, QuerySql.EventColumnsBeforeReport), Rows.ParseDate(r.Text(1)),
            (int)r.Long(2), (int)r.Long(3), (int)r.Long(4)));
    }

    public IReadOnlyList<EventReport> Reports(long eventId) => Guard(() => Connection.Query(null,
        string.Format(System.Globalization.CultureInfo.InvariantCulture, QuerySql.Reports, Rows.ReportSelect("r")), [eventId],
        r => new EventReport(r.Long(0), r.Long(1), r.GetString(2), r.GetString(3), Rows.ReadReport(r, 0))).ToList());

    public StoredDocument? Document(string docKey) => Guard(() =>
    {
        var article = Connection.Query(null, QuerySql.Document, [docKey], r => new Article
        {
            Id = r.GetString(0), Title = r.Text(1), Published = Rows.ParseDate(r.Text(2)), Byline = r.Text(3),
            Language = r.Text(4), SiteName = r.Text(5), Url = r.Text(6), Text = r.GetString(7),
        }).FirstOrDefault();
        if (article is null) return null;
        var reports = Connection.Query(null,
            string.Format(System.Globalization.CultureInfo.InvariantCulture, QuerySql.DocumentReports, Rows.ReportSelect("r")), [docKey],
            r => new EventReport(r.Long(0), r.Long(1), r.GetString(2), r.GetString(3), Rows.ReadReport(r, 0))).ToList();
        return new StoredDocument(docKey, article, reports);
    });

    public IReadOnlyList<SeriesPoint> Series(SeriesQuery query)
    {
        var args = new List<object?>();
        var sql = QuerySql.Series(query, args);
        string a = query.A.Trim().ToUpperInvariant(), b = query.B.Trim().ToUpperInvariant();
        return Guard(() => Connection.Query(null, sql, args, r =>
        {
            bool reversed = r.Long(1) == 1;
            return new SeriesPoint(r.Date(0), reversed ? b : a, reversed ? a : b,
                r.Long(2), r.Long(3), r.Long(4), r.Long(5), r.Long(6), r.Double(7));
        }).ToList());
    }

    public IReadOnlyList<ActorCount> TopActors(EventQuery filter, int count)
    {
        var args = new List<object?>();
        var sql = QuerySql.TopActors(filter, count, args);
        return Guard(() => Connection.Query(null, sql, args, r => new ActorCount(r.GetString(0), r.Long(1), r.Long(2), r.Long(3))).ToList());
    }

    public IReadOnlyList<DyadCount> TopDyads(EventQuery filter, int count)
    {
        var args = new List<object?>();
        var sql = QuerySql.TopDyads(filter, count, args);
        return Guard(() => Connection.Query(null, sql, args, r => new DyadCount(r.GetString(0), r.GetString(1), r.Long(2), r.Double(3))).ToList());
    }

    public StoreCounts Counts() => Guard(() =>
        Connection.Query(null, QuerySql.Counts, [], r => new StoreCounts(r.Long(0), r.Long(1), r.Long(2))).Single());

    public void Dispose()
    {
        Connection.Dispose();
        GC.SuppressFinalize(this);
    }
}
