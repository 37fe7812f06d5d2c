using System.Globalization;

namespace Dyad.Actors;

/// <summary>
/// One line of a dictionary file: <c>kind TAB code TAB name|name|... [TAB key=value]...</c>
/// (docs/dictionaries.md). Parsing only splits; <see cref="ActorDictionary"/> gives it meaning.
/// </summary>
internal sealed record DictionaryRecord(string Source, string Kind, string Code, string[] Names, IReadOnlyDictionary<string, string> Attributes)
{
    /// <summary>Null for blank and comment lines; throws <see cref="FormatException"/> for malformed ones.</summary>
    public static DictionaryRecord? Parse(string line, string source)
    {
        if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line)) return null;
        string[] fields = line.Split('\t');
        if (fields.Length < 3) throw new FormatException($"{source}: expected kind, code and names separated by tabs");
        string[] names = fields[2].Split('|');
        if (names.Any(n => n.Length == 0 || n.Trim() != n || n.Contains("  ", StringComparison.Ordinal)))
            throw new FormatException($"{source}: empty name or stray spaces in '{fields[2]}'");
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string field in fields.AsSpan(3))
        {
            int eq = field.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || !attributes.TryAdd(field[..eq], field[(eq + 1)..]))
                throw new FormatException($"{source}: '{field}' is not a new key=value");
        }
        return new DictionaryRecord(source, fields[0], fields[1], names, attributes);
    }

    public string? Attribute(string key) => Attributes.GetValueOrDefault(key);

    public double Number(string key) =>
        double.TryParse(Attribute(key), NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            ? value
            : throw new FormatException($"{Source}: '{key}' must be a number");
}
