using System.Data.Common;

namespace Dyad.Storage.Sql;

/// <summary>
/// ADO.NET helpers shared by both backends. SQL uses positional $1, $2 parameters, which DuckDB and
/// Npgsql both bind from unnamed parameters in order.
/// </summary>
internal static class Db
{
    public static DbCommand Command(this DbConnection c, DbTransaction? tx, string sql, IReadOnlyList<object?>? args = null)
    {
        var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        if (args is not null)
            foreach (var a in args)
            {
                var p = cmd.CreateParameter();
                p.Value = a ?? DBNull.Value;
                cmd.Parameters.Add(p);
            }
        return cmd;
    }

    public static int Execute(this DbConnection c, DbTransaction? tx, string sql, params object?[] args)
    {
        using var cmd = c.Command(tx, sql, args);
        return cmd.ExecuteNonQuery();
    }

    public static object? Scalar(this DbConnection c, DbTransaction? tx, string sql, params object?[] args)
    {
        using var cmd = c.Command(tx, sql, args);
        var v = cmd.ExecuteScalar();
        return v is DBNull ? null : v;
    }

    public static IEnumerable<T> Query<T>(this DbConnection c, DbTransaction? tx, string sql, IReadOnlyList<object?> args, Func<DbDataReader, T> read)
    {
        using var cmd = c.Command(tx, sql, args);
        using var r = cmd.ExecuteReader();
        while (r.Read()) yield return read(r);
    }

    public static string? Text(this DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
    public static long Long(this DbDataReader r, int i) => Convert.ToInt64(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
    public static long? LongOrNull(this DbDataReader r, int i) => r.IsDBNull(i) ? null : r.Long(i);
    public static double Double(this DbDataReader r, int i) => Convert.ToDouble(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
    public static double? DoubleOrNull(this DbDataReader r, int i) => r.IsDBNull(i) ? null : r.Double(i);

    public static DateOnly Date(this DbDataReader r, int i) => r.GetValue(i) switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        var v => DateOnly.FromDateTime(Convert.ToDateTime(v, System.Globalization.CultureInfo.InvariantCulture)),
    };

    /// <summary>A SQL string literal, for IN lists of values the store made itself (keys, codes).</summary>
    public static string Literal(string s) => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'";

    public static string DateLiteral(DateOnly? d) =>
        d is { } x ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"CAST('{x:yyyy-MM-dd}' AS DATE)") : "CAST(NULL AS DATE)";
}
