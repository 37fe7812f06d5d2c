using System.Data.Common;
using DuckDB.NET.Data;
using DuckDB.NET.Native;
using Dyad.Storage.Sql;

namespace Dyad.Storage.DuckDb;

/// <summary>
/// The embedded default: one DuckDB file. DuckDB lets one process write a file at a time (it holds
/// a file lock), so the write lock is the file itself and rows go in through the appender.
/// </summary>
internal sealed class DuckDbEventStore : SqlEventStore
{
    private readonly string _path;

    public override string Description => _path == ":memory:" ? "in-memory DuckDB" : $"DuckDB file {_path}";

    private DuckDbEventStore(DuckDBConnection connection, string path, bool readOnly) : base(connection, readOnly)
    {
        _path = path;
        Initialize("duckdb");
    }

    public static DuckDbEventStore Open(string path, bool readOnly)
    {
        if (path != ":memory:")
        {
            if (readOnly && !File.Exists(path))
                throw new StoreException($"there is no store at {path}; create it with dyad ingest, or pass --db");
            if (!readOnly && File.Exists(path) && IsReadOnlyFile(path))
                throw new StoreException($"DuckDB file {path} is read-only; make it writable (chmod u+w) or pass another --db");
        }
        var connection = new DuckDBConnection($"Data Source={path}" + (readOnly ? ";ACCESS_MODE=READ_ONLY" : ""));
        try
        {
            connection.Open();
            return new DuckDbEventStore(connection, path, readOnly);
        }
        catch (DuckDBException e)
        {
            connection.Dispose();
            throw ExplainOpen(e, path) ?? new StoreException($"cannot open DuckDB file {path}: {e.Message}", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Checked before DuckDB sees the file: as root DuckDB would write a file whose mode says
    /// read-only, and otherwise it reports a bare I/O error.
    /// </summary>
    private static bool IsReadOnlyFile(string path) => OperatingSystem.IsWindows()
        ? File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly)
        : (File.GetUnixFileMode(path) & UnixFileMode.UserWrite) == 0;

    protected override void LockForWrite(DbTransaction tx) { }

    protected override void BulkInsert(DbTransaction tx, string table, string[] columns, IReadOnlyList<object?[]> rows)
    {
        if (rows.Count == 0) return;
        // The appender writes into the connection's open transaction, so a rollback (or kill -9
        // before commit) drops these rows with the rest of the batch.
        using var appender = ((DuckDBConnection)Connection).CreateAppender(table);
        foreach (var row in rows)
        {
            if (row.Length != columns.Length) throw new InvalidOperationException($"{table}: row has {row.Length} values for {columns.Length} columns");
            var r = appender.CreateRow();
            foreach (var v in row)
                _ = v switch
                {
                    null => r.AppendNullValue(),
                    string s => r.AppendValue(s),
                    long l => r.AppendValue((long?)l),
                    int i => r.AppendValue((int?)i),
                    short h => r.AppendValue((short?)h),
                    double d => r.AppendValue((double?)d),
                    DateOnly d => r.AppendValue((DateOnly?)d),
                    DateTime t => r.AppendValue((DateTime?)t),
                    _ => throw new InvalidOperationException($"{table}: no appender mapping for {v.GetType()}"),
                };
            r.EndRow();
        }
    }

    protected override bool IsDataError(DbException e) => e is DuckDBException { ErrorType:
        DuckDBErrorType.Constraint or DuckDBErrorType.Conversion or DuckDBErrorType.OutOfRange or DuckDBErrorType.InvalidInput or DuckDBErrorType.MismatchType };

    protected override StoreException? Explain(DbException e) => e is DuckDBException d ? ExplainOpen(d, _path) : null;

    private static StoreException? ExplainOpen(DuckDBException e, string path)
    {
        var m = e.Message;
        if (m.Contains("Could not set lock", StringComparison.OrdinalIgnoreCase) || m.Contains("Conflicting lock", StringComparison.OrdinalIgnoreCase))
            return new StoreException($"DuckDB file {path} is in use by another process, and DuckDB allows one writer at a time; wait for it to finish or pass another --db ({FirstLine(m)})", e);
        if (m.Contains("Permission denied", StringComparison.OrdinalIgnoreCase) || m.Contains("read-only", StringComparison.OrdinalIgnoreCase))
            return new StoreException($"cannot write DuckDB file {path}: {FirstLine(m)}; make it (and its folder) writable or pass another --db", e);
        if (m.Contains("No space left", StringComparison.OrdinalIgnoreCase))
            return new StoreException($"the disk holding {path} is full; free space and re-run (stored documents are skipped)", e);
        if (e.ErrorType is DuckDBErrorType.Io or DuckDBErrorType.Serialization)
            return new StoreException($"cannot use DuckDB file {path}: {FirstLine(m)}", e);
        return null;
    }

    private static string FirstLine(string s) => s.Split('\n')[0].Trim();
}
