using System.Globalization;
using System.Reflection;

namespace Dyad.Storage.Schema;

/// <summary>
/// One schema change, from an embedded Schema/Migrations/NNNN_name.sql (both databases) or
/// NNNN_name.duckdb.sql / NNNN_name.postgres.sql (one only; the other records the version and runs nothing).
/// </summary>
internal sealed record Migration(int Version, string Name, string Sql)
{
    private const string Prefix = "Dyad.Storage.Migrations.";

    /// <summary>Every version the code knows, in order, with the SQL for this dialect ("" where none applies).</summary>
    public static IReadOnlyList<Migration> For(string dialect)
    {
        var asm = typeof(Migration).Assembly;
        var files = asm.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(resource =>
            {
                var parts = resource[Prefix.Length..^".sql".Length].Split('.');
                int underscore = parts[0].IndexOf('_');
                return (Resource: resource, Version: int.Parse(parts[0].AsSpan(0, underscore), CultureInfo.InvariantCulture),
                    Name: parts[0][(underscore + 1)..], Only: parts.Length > 1 ? parts[1] : null);
            });
        return [.. files.GroupBy(f => f.Version).OrderBy(g => g.Key).Select(g =>
        {
            var pick = g.Where(f => f.Only == dialect || f.Only is null).OrderBy(f => f.Only is null).FirstOrDefault();
            return pick.Resource is null
                ? new Migration(g.Key, g.First().Name, "")
                : new Migration(g.Key, pick.Name, Read(asm, pick.Resource));
        })];
    }

    /// <summary>The statements of the script, split at semicolons that end a line.</summary>
    public IEnumerable<string> Statements() =>
        Sql.Split(";\n").Select(s => s.Trim()).Where(s => s.Split('\n').Any(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith("--", StringComparison.Ordinal)));

    private static string Read(Assembly asm, string resource)
    {
        using var s = asm.GetManifestResourceStream(resource)!;
        using var r = new StreamReader(s);
        return r.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
