using Npgsql;

namespace Dyad.Storage.Postgres;

/// <summary>postgres://user:pass@host:port/db?sslmode=... to an Npgsql connection string.</summary>
internal static class PostgresUrl
{
    public static bool IsPostgres(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    public static NpgsqlConnectionStringBuilder Parse(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
            throw new StoreException($"'{Redact(url)}' is not a PostgreSQL URL (postgres://user:pass@host:port/db)");
        var b = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } db ? db : "postgres",
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            b.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length > 1) b.Password = Uri.UnescapeDataString(parts[1]);
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            try { b[Uri.UnescapeDataString(kv[0]).Replace('_', ' ')] = kv.Length > 1 ? Uri.UnescapeDataString(kv[1]) : "true"; }
            catch (ArgumentException) { throw new StoreException($"unknown PostgreSQL URL option '{kv[0]}'"); }
        }
        return b;
    }

    /// <summary>The URL without its password, for messages.</summary>
    public static string Redact(string url) =>
        System.Text.RegularExpressions.Regex.Replace(url, "(://[^:/@]*):[^@]*@", "$1:***@");
}
