using System.Globalization;
using System.Reflection;

namespace Dyad.Core.Ontology;

/// <summary>
/// The CAMEO codebook (names and Goldstein values) and the CAMEO-to-PLOVER table, loaded once
/// from the project's data files embedded in this assembly.
/// </summary>
public sealed class Cameo
{
    private readonly Dictionary<string, CameoEventType> _types;
    private readonly Dictionary<string, PloverCoding> _plover;

    private Cameo(Dictionary<string, CameoEventType> types, Dictionary<string, PloverCoding> plover)
    {
        _types = types;
        _plover = plover;
    }

    public static Cameo Instance { get; } = Load();

    public IReadOnlyCollection<CameoEventType> EventTypes => _types.Values;

    public bool Contains(string code) => _types.ContainsKey(code);

    public CameoEventType this[CameoCode code] =>
        _types.TryGetValue(code.Value, out var t) ? t : throw new KeyNotFoundException($"CAMEO code {code} is not in the codebook");

    /// <summary>
    /// The PLOVER coding of a CAMEO code: its own row in the table, else the nearest ancestor's
    /// (a four-digit code falls back to its three-digit parent, then to the root).
    /// </summary>
    public PloverCoding? Plover(CameoCode code)
    {
        for (int len = code.Value.Length; len >= 2; len--)
            if (_plover.TryGetValue(code.Value[..len], out var p)) return p;
        return null;
    }

    private static Cameo Load()
    {
        var asm = typeof(Cameo).Assembly;
        var types = new Dictionary<string, CameoEventType>(StringComparer.Ordinal);
        using (var reader = new StreamReader(Open(asm, "cameo-eventtypes.csv")))
        {
            bool header = true;
            foreach (var row in CsvRows.Read(reader))
            {
                if (header) { header = false; continue; }
                if (row.Length < 3 || row[0].Length == 0) continue;
                // The ICEWS additions (e.g. 1951) have no Goldstein value of their own ("NA"): they take their parent's.
                var goldstein = double.TryParse(row[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var g)
                    ? g
                    : types[row[0][..^1]].Goldstein;
                types[row[0]] = new CameoEventType(new CameoCode(row[0]), row[1], goldstein, row.Length > 3 ? row[3] : "");
            }
        }
        var plover = new Dictionary<string, PloverCoding>(StringComparer.Ordinal);
        using (var reader = new StreamReader(Open(asm, "cameo-to-plover.txt")))
        {
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                int hash = line.IndexOf('#', StringComparison.Ordinal);
                var body = (hash >= 0 ? line[..hash] : line).Trim();
                int colon = body.IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0) continue;
                var code = body[..colon].Trim();
                var parts = body[(colon + 1)..].Split(',');
                var type = parts[0].Trim();
                if (type.Length == 0) continue;
                string? mode = parts.Length > 1 && parts[1].Trim().Length > 0 ? parts[1].Trim() : null;
                string? context = parts.Length > 2 && parts[2].Trim().Length > 0 ? parts[2].Trim() : null;
                plover[code] = new PloverCoding(type, mode, context);
            }
        }
        return new Cameo(types, plover);
    }

    private static Stream Open(Assembly asm, string name) =>
        asm.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"embedded data file {name} is missing from {asm.GetName().Name}");
}
