namespace Dyad.Storage.Export;

/// <summary>The formats stored events are exported in.</summary>
public enum ExportFormat
{
    /// <summary>Event JSON Lines, schema 1 (Dyad.Output).</summary>
    JsonLines,
    Csv,
    /// <summary>GDELT 2.0 event TSV (Dyad.Output).</summary>
    Gdelt,
    /// <summary>One PLOVER/POLECAT-style JSON object per line.</summary>
    PloverJson,
    Parquet,
}

public static class ExportFormats
{
    public static ExportFormat Parse(string name) => name.ToLowerInvariant() switch
    {
        "jsonl" or "json" => ExportFormat.JsonLines,
        "csv" => ExportFormat.Csv,
        "gdelt" or "tsv" => ExportFormat.Gdelt,
        "plover" => ExportFormat.PloverJson,
        "parquet" => ExportFormat.Parquet,
        _ => throw new ArgumentException($"unknown export format '{name}' (expected jsonl, csv, gdelt, plover or parquet)"),
    };
}
