using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using Dyad.Storage.Sql;

namespace Dyad.Storage.Postgres;

/// <summary>
/// The shared store: several processes may write, so each write transaction takes an advisory lock
/// (dedup must see every committed event), and rows go in through binary COPY.
/// </summary>
internal sealed class PostgresEventStore : SqlEventStore
{
    /// <summary>Advisory lock id for writers of a Dyad database ("Dyad" in ASCII).</summary>
    private const long WriteLockId = 0x44796164;

    private readonly string _where;
    public override string Description => $"PostgreSQL {_where}";

    private PostgresEventStore(NpgsqlConnection connection, string where, bool readOnly) : base(connection, readOnly)
    {
        _where = where;
        Initialize("postgres");
    }

    public static PostgresEventStore Open(string url, bool readOnly)
    {
        var csb = PostgresUrl.Parse(url);
        string where = $"{csb.Database}@{csb.Host}:{csb.Port}";
        var connection = new NpgsqlConnection(csb.ConnectionString);
        try
        {
            connection.Open();
            if (readOnly) connection.Execute(null, "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
            return new PostgresEventStore(connection, where, readOnly);
        }
        catch (NpgsqlException e)
        {
            connection.Dispose();
            throw Describe(e, where) ?? new StoreException($"cannot open PostgreSQL {where}: {e.Message}", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    protected override void LockForWrite(DbTransaction tx) => Connection.Execute(tx, $"SELECT pg_advisory_xact_lock({WriteLockId})");

    protected override void BulkInsert(DbTransaction tx, string table, string[] columns, IReadOnlyList<object?[]> rows)
    {
        if (rows.Count == 0) return;
        using var copy = ((NpgsqlConnection)Connection).BeginBinaryImport($"COPY {table} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            copy.StartRow();
            foreach (var v in row)
                switch (v)
                {
                    case null: copy.WriteNull(); break;
                    case string s: copy.Write(s, NpgsqlDbType.Text); break;
                    case long l: copy.Write(l, NpgsqlDbType.Bigint); break;
                    case int i: copy.Write(i, NpgsqlDbType.Integer); break;
                    case short h: copy.Write(h, NpgsqlDbType.Smallint); break;
                    case double d: copy.Write(d, NpgsqlDbType.Double); break;
                    case DateOnly d: copy.Write(d, NpgsqlDbType.Date); break;
                    case DateTime t: copy.Write(t, NpgsqlDbType.Timestamp); break;
                    default: throw new InvalidOperationException($"{table}: no COPY mapping for {v.GetType()}");
                }
        }
        copy.Complete();
    }

    // Class 22 is data exceptions, 23 integrity constraint violations.
    protected override bool IsDataError(DbException e) => e is PostgresException p && (p.SqlState.StartsWith("22", StringComparison.Ordinal) || p.SqlState.StartsWith("23", StringComparison.Ordinal));

    protected override StoreException? Explain(DbException e) => e is NpgsqlException n ? Describe(n, _where) : null;

    private static StoreException? Describe(NpgsqlException e, string where) => e switch
    {
        PostgresException { SqlState: "25006" } => new StoreException($"PostgreSQL {where} is read-only (a standby, or a read-only session); write to the primary", e),
        PostgresException { SqlState: "42501" } p => new StoreException($"PostgreSQL {where}: permission denied ({p.MessageText}); grant the user rights on the database", e),
        PostgresException { SqlState: "3D000" } => new StoreException($"PostgreSQL database {where} does not exist; create it (createdb) first", e),
        PostgresException { SqlState: "28P01" or "28000" } => new StoreException($"PostgreSQL {where} refused the user name or password", e),
        PostgresException { SqlState: "53100" } => new StoreException($"PostgreSQL {where} is out of disk space", e),
        PostgresException => null,
        _ => new StoreException($"cannot reach PostgreSQL {where}: {e.Message}", e),
    };
}
