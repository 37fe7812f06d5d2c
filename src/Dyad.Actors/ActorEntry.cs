using Dyad.Core.Actors;
using Dyad.Core.Time;

namespace Dyad.Actors;

/// <summary>
/// One dictionary entry: the names that refer to it and what it codes to. People carry their terms
/// of office instead of a fixed code; places carry coordinates and code to the country they lie in.
/// </summary>
public sealed class ActorEntry
{
    public ActorEntry(ActorKind kind, ActorCode? code, IReadOnlyList<string> names, string source,
        IReadOnlyList<OfficeTerm>? terms = null, GeoPlace? place = null)
    {
        Kind = kind;
        Code = code;
        Names = names;
        Source = source;
        Terms = terms ?? [];
        Place = place;
    }

    public ActorKind Kind { get; }

    /// <summary>
    /// The fixed code: a CAMEO actor code, the role code of an agent (GOV, MIL...), the country of a
    /// place; null for news agencies and people (see <see cref="CodeOn"/>).
    /// </summary>
    public ActorCode? Code { get; }

    /// <summary>The names as written in the dictionary; the first is the canonical one.</summary>
    public IReadOnlyList<string> Names { get; }

    public string Name => Names[0];

    /// <summary>File and line the entry came from, for curators.</summary>
    public string Source { get; }

    public IReadOnlyList<OfficeTerm> Terms { get; }

    public GeoPlace? Place { get; }

    /// <summary>
    /// The code on <paramref name="date"/>: for a person the office held that day (the latest-begun
    /// term when two cover it), null when they held none we know of; otherwise <see cref="Code"/>.
    /// </summary>
    public ActorCode? CodeOn(PartialDate date)
    {
        if (Kind != ActorKind.Person) return Code;
        OfficeTerm? best = null;
        foreach (var term in Terms)
            if (term.Covers(date) && (best is null || term.From.Start >= best.From.Start)) best = term;
        return best?.Code;
    }

    /// <summary>
    /// The code of the office named by a title in the text ("President", "Foreign Minister"), for a
    /// person out of every known term on the article's date: the text itself says they hold it, so the
    /// code is that of their terms in offices with the title. Null when no office of theirs has the
    /// title, or when such terms stand for different codes.
    /// </summary>
    public ActorCode? CodeByTitle(string title)
    {
        if (Kind != ActorKind.Person || title.Length == 0) return null;
        ActorCode? code = null;
        foreach (var term in Terms)
        {
            if (!term.Office.Contains(title, StringComparison.OrdinalIgnoreCase)) continue;
            if (code is { } c && c != term.Code) return null;
            code = term.Code;
        }
        return code;
    }

    public override string ToString() => $"{Kind} {Code?.Value ?? "-"} {Name}";
}
