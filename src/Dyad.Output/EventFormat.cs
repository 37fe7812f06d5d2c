namespace Dyad.Output;

/// <summary>The event output formats.</summary>
public enum EventFormat
{
    /// <summary>JSON Lines, schema 1 (docs/output-formats.md).</summary>
    JsonLines,
    Csv,
    /// <summary>Tab-separated in the column order of the GDELT 2.0 event export.</summary>
    Gdelt,
}
