using System.Data.Common;
using Dyad.Storage.Sql;

namespace Dyad.Storage.Schema;

/// <summary>Brings a database to the schema version this code knows, recording each step in schema_version.</summary>
internal static class Migrator
{
    /// <summary>
    /// Applies the pending migrations in one transaction (both databases have transactional DDL, so a
    /// failed upgrade leaves the old schema), under the store's write lock so two processes opening a
    /// new PostgreSQL database do not both create it. Returns the version reached.
    /// </summary>
    public static int Run(DbConnection c, string dialect, string description, bool readOnly, Action<DbTransaction> lockForWrite)
    {
        var migrations = Migration.For(dialect);
        int latest = migrations[^1].Version;
        if (readOnly)
        {
            int current = Current(c, null);
            if (current < latest)
                throw new StoreException($"{description} is at schema version {current}, this dyad needs {latest}; open it once for writing (dyad ingest) to upgrade it");
            return CheckNotNewer(current, latest, description);
        }
        using var tx = c.BeginTransaction();
        lockForWrite(tx);
        c.Execute(tx, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMP NOT NULL)");
        int at = CheckNotNewer(Current(c, tx), latest, description);
        foreach (var m in migrations.Where(m => m.Version > at))
        {
            foreach (var statement in m.Statements()) c.Execute(tx, statement);
            c.Execute(tx, "INSERT INTO schema_version (version, name, applied_at) VALUES ($1, $2, $3)",
                m.Version, m.Name, DateTime.SpecifyKind(DateTime.UtcNow, DateTimeKind.Unspecified));
        }
        tx.Commit();
        return latest;
    }

    private static int Current(DbConnection c, DbTransaction? tx)
    {
        bool exists = Convert.ToInt64(c.Scalar(tx, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version' AND table_schema = current_schema()"),
            System.Globalization.CultureInfo.InvariantCulture) > 0;
        return exists ? Convert.ToInt32(c.Scalar(tx, "SELECT coalesce(max(version), 0) FROM schema_version"), System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    private static int CheckNotNewer(int current, int latest, string description) => current > latest
        ? throw new StoreException($"{description} is at schema version {current}, newer than this dyad knows ({latest}); use a newer dyad")
        : current;
}
