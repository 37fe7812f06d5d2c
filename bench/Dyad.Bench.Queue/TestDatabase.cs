using Npgsql;

namespace Dyad.Bench.Queue;

/// <summary>A fresh PostgreSQL schema per run, so runs and tests never see each other's documents.</summary>
public static class TestDatabase
{
    /// <summary>The postgres:// URL of a new, empty schema in the database <paramref name="url"/> names.</summary>
    public static string FreshSchema(string url)
    {
        string schema = "q_" + Guid.NewGuid().ToString("N");
        using (var c = new NpgsqlConnection(ConnectionString(url)))
        {
            c.Open();
            using var cmd = new NpgsqlCommand($"CREATE SCHEMA {schema}", c);
            cmd.ExecuteNonQuery();
        }
        return url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "search_path=" + schema;
    }

    /// <summary>Npgsql's form of a postgres://user:pass@host:port/db[?search_path=s] URL, for checks made in SQL.</summary>
    public static string ConnectionString(string url)
    {
        var u = new Uri(url);
        var user = u.UserInfo.Split(':', 2);
        var b = new NpgsqlConnectionStringBuilder
        {
            Host = u.Host, Port = u.Port > 0 ? u.Port : 5432, Database = u.AbsolutePath.Trim('/'),
            Username = Uri.UnescapeDataString(user[0]), Password = user.Length > 1 ? Uri.UnescapeDataString(user[1]) : null,
        };
        foreach (var pair in u.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
            if (pair.Split('=', 2) is ["search_path", var path]) b.SearchPath = path;
        return b.ConnectionString;
    }
}
