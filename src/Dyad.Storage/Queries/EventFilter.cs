using Dyad.Core.Actors;

namespace Dyad.Storage.Queries;

/// <summary>Turns an <see cref="EventQuery"/> into a WHERE clause over the events table (alias e), with $n arguments.</summary>
internal static class EventFilter
{
    public static string Where(EventQuery q, List<object?> args)
    {
        var where = new List<string>();
        if (q.Actor is { } actor) where.Add($"({Actor("source", actor, args)} OR {Actor("target", actor, args)})");
        if (q.Source is not null || q.Target is not null)
        {
            string Directed(string? s, string? t) => string.Join(" AND ",
                new[] { s is null ? null : Actor("source", s, args), t is null ? null : Actor("target", t, args) }.OfType<string>());
            where.Add(q.BothDirections
                ? $"(({Directed(q.Source, q.Target)}) OR ({Directed(q.Target, q.Source)}))"
                : Directed(q.Source, q.Target));
        }
        if (q.Cameo is { } cameo) where.Add($"e.cameo LIKE {Arg(args, cameo + "%")}");
        if (q.QuadClass is { } quad) where.Add($"e.quad_class = {Arg(args, (short)quad)}");
        if (q.PloverType is { } plover) where.Add($"e.plover_type = {Arg(args, plover.ToUpperInvariant())}");
        if (q.From is { } from) where.Add($"e.date_end >= {Arg(args, from.Start)}");
        if (q.To is { } to) where.Add($"e.date_start <= {Arg(args, to.End)}");
        if (q.Place is { } place)
            where.Add($"(e.location_name ILIKE {Arg(args, "%" + EscapeLike(place) + "%")} OR e.location_country = {Arg(args, place.ToUpperInvariant())})");
        if (q.Text is { } text)
            where.Add($"e.event_id IN (SELECT x.event_id FROM reports x WHERE x.sentence ILIKE {Arg(args, "%" + EscapeLike(text) + "%")})");
        return where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where);
    }

    /// <summary>
    /// A country code alone compares the precomputed principal column (fast, indexed); anything more
    /// specific, or an IGO/NGO, is a prefix of the full code.
    /// </summary>
    public static string Actor(string side, string code, List<object?> args)
    {
        code = code.Trim().ToUpperInvariant();
        if (!ActorCode.TryParse(code, out var parsed)) throw new ArgumentException($"'{code}' is not a CAMEO actor code");
        return parsed.Value.Length == 3 && parsed.Principal.Value == parsed.Value && !parsed.IsIgo && parsed.Prefix != "NGO"
            ? $"e.{side}_principal = {Arg(args, code)}"
            : $"e.{side}_code LIKE {Arg(args, code + "%")}";
    }

    public static string Arg(List<object?> args, object? value)
    {
        args.Add(value);
        return "$" + args.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    // Both dialects treat backslash as the default LIKE escape.
    private static string EscapeLike(string s) =>
        s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
