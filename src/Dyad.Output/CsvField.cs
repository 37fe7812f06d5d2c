namespace Dyad.Output;

/// <summary>RFC 4180 quoting: a field with a comma, quote or line break is quoted, quotes doubled.</summary>
public static class CsvField
{
    public static string Quote(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
