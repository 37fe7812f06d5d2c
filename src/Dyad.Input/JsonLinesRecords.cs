using System.Text.Json;
using Dyad.Core.Documents;
using Dyad.Core.Time;

namespace Dyad.Input;

/// <summary>
/// Parses JSONL input records: {"id", "text" or "html", "published", "url", "title"}. A record's
/// "text" is the article itself, so it is coded as given; "html" is a page to extract from. A bad
/// line is an error naming file and line; the other lines go on.
/// </summary>
public static class JsonLinesRecords
{
    public static IEnumerable<InputItem> Parse(string content, string path, PartialDate? defaultPublished)
    {
        var items = new List<InputItem>();
        int lineNumber = 0;
        foreach (var raw in content.AsSpan().EnumerateLines())
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.IsEmpty) continue;
            var origin = $"{path}:{lineNumber}";
            items.Add(ParseLine(line.ToString(), origin, Path.GetFileName(path), lineNumber, defaultPublished));
        }
        return items;
    }

    private static InputItem ParseLine(string line, string origin, string fileName, int lineNumber, PartialDate? defaultPublished)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return InputItem.Fail(origin, $"invalid JSON ({e.Message.Split(" Path:")[0].Split(" LineNumber:")[0]})");
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return InputItem.Fail(origin, "a record must be a JSON object");
            string? text = Str(root, "text"), html = Str(root, "html");
            if (text is null && html is null) return InputItem.Fail(origin, "record has neither \"text\" nor \"html\"");
            PartialDate? published = defaultPublished;
            if (Str(root, "published") is { Length: > 0 } p)
            {
                if (!PartialDate.TryParse(p, out var d)) return InputItem.Fail(origin, $"\"published\" is not a date: '{p}'");
                published = d;
            }
            var id = root.TryGetProperty("id", out var idEl) && idEl.ValueKind is JsonValueKind.String or JsonValueKind.Number
                ? idEl.ToString()
                : $"{fileName}:{lineNumber}";
            return InputItem.Of(new SourceDocument
            {
                Id = id,
                Origin = origin,
                Format = html is not null ? InputFormat.Html : InputFormat.ArticleText,
                Content = html ?? text!,
                Published = published,
                Url = Str(root, "url"),
                Title = Str(root, "title"),
            });
        }
    }

    private static string? Str(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var el) && el.ValueKind == JsonValueKind.String ? el.GetString() : null;
}
