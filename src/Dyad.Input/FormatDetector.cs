using Dyad.Core.Documents;

namespace Dyad.Input;

/// <summary>Guesses an input's format from its file name; ".gz" is looked through.</summary>
public static class FormatDetector
{
    public static bool IsGzip(string path) => path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    public static InputFormat FromPath(string path)
    {
        var name = IsGzip(path) ? path[..^3] : path;
        return Path.GetExtension(name).ToLowerInvariant() switch
        {
            ".html" or ".htm" or ".xhtml" => InputFormat.Html,
            ".jsonl" or ".ndjson" => InputFormat.JsonLines,
            ".conllu" => InputFormat.Conllu,
            _ => InputFormat.Text,
        };
    }

    /// <summary>Parses a --input-format value: txt, html, jsonl or conllu.</summary>
    public static InputFormat Parse(string name) => name.ToLowerInvariant() switch
    {
        "txt" or "text" => InputFormat.Text,
        "html" or "htm" => InputFormat.Html,
        "jsonl" or "ndjson" => InputFormat.JsonLines,
        "conllu" => InputFormat.Conllu,
        _ => throw new ArgumentException($"unknown input format '{name}' (expected txt, html, jsonl or conllu)"),
    };
}
