using Dyad.Storage.DuckDb;
using Dyad.Storage.Postgres;

namespace Dyad.Storage;

/// <summary>Opens the store a --db argument names.</summary>
public static class EventStore
{
    public const string DefaultPath = "dyad.duckdb";

    /// <summary>
    /// A postgres:// or postgresql:// URL opens PostgreSQL; a path ending .duckdb, .ddb or .db (or
    /// ":memory:") opens a DuckDB file, created when missing unless <paramref name="readOnly"/>.
    /// Read-only stores answer queries but do not migrate and refuse <see cref="IEventStore.Store"/>.
    /// </summary>
    /// <exception cref="StoreException">The database cannot be opened; the message says what to do.</exception>
    public static IEventStore Open(string db, bool readOnly = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(db);
        if (PostgresUrl.IsPostgres(db)) return PostgresEventStore.Open(db, readOnly);
        if (db == ":memory:" || Path.GetExtension(db).ToLowerInvariant() is ".duckdb" or ".ddb" or ".db")
            return DuckDbEventStore.Open(db, readOnly);
        throw new StoreException($"'{db}' is neither a DuckDB file (.duckdb, .ddb, .db) nor a postgres://user:pass@host:port/db URL");
    }
}
