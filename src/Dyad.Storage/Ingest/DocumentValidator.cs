using Dyad.Core.Events;

namespace Dyad.Storage.Ingest;

/// <summary>
/// Checks a document before it reaches the database, so bad input is reported by name instead of
/// failing a whole batch, and both backends refuse the same things: PostgreSQL rejects NUL and
/// Npgsql lone UTF-16 surrogates, where DuckDB would store the one and mangle the other.
/// </summary>
internal static class DocumentValidator
{
    /// <summary>Null when the document can be stored, else what is wrong with it.</summary>
    public static string? Problem(IngestDocument d)
    {
        if (d.Key.Id is null) return "no document key";
        if (d.Article is null) return "no article";
        if (d.Article.Text is null) return "article has no text";
        if (BadText(d.Article.Id, d.Article.Title, d.Article.Text, d.Article.Byline, d.Article.Language, d.Article.SiteName, d.Article.Url, d.Key.Url) is { } bad)
            return "article " + bad;
        if (d.Events is null) return "no event list";
        for (int i = 0; i < d.Events.Count; i++)
            if (EventProblem(d.Events[i]) is { } p) return $"event {i + 1}: {p}";
        return null;
    }

    private static string? EventProblem(CodedEvent? e)
    {
        if (e is null) return "null event";
        if (e.Source?.Code.Value is null || e.Target?.Code.Value is null) return "missing source or target code";
        if (e.Cameo.Value is null) return "missing CAMEO code";
        if (e.Plover?.Type is null) return "missing PLOVER type";
        if (!double.IsFinite(e.Goldstein) || e.Goldstein is < -10 or > 10) return $"Goldstein {e.Goldstein} outside -10..10";
        if (!double.IsFinite(e.Confidence)) return "confidence is not a number";
        if (e.Trigger.Start < 0 || e.Trigger.End < e.Trigger.Start) return $"trigger offsets {e.Trigger.Start}..{e.Trigger.End} are invalid";
        if (e.Location is { } l && (l.Lat is { } lat && (!double.IsFinite(lat) || Math.Abs(lat) > 90) || l.Lon is { } lon && (!double.IsFinite(lon) || Math.Abs(lon) > 180)))
            return "location coordinates out of range";
        return BadText(e.Doc, e.EventId, e.Sentence, e.Rule, e.CameoName, e.Source.Name, e.Source.Span.Text, e.Target.Name, e.Target.Span.Text,
            e.Trigger.Text, e.Plover.Type, e.Plover.Mode, e.Plover.Context, e.Location?.Name, e.Location?.Country, e.Quantity?.What);
    }

    /// <summary>"contains a NUL character" or "contains a lone UTF-16 surrogate" for the first such string, else null.</summary>
    private static string? BadText(params string?[] values)
    {
        foreach (var s in values)
        {
            if (s is null) continue;
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c == '\0') return "contains a NUL character";
                if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
                else if (char.IsSurrogate(c)) return "contains a lone UTF-16 surrogate (invalid text)";
            }
        }
        return null;
    }
}
