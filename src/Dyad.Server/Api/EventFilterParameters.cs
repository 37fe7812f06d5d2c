using Dyad.Core.Time;
using Dyad.Storage.Queries;
using Microsoft.AspNetCore.Mvc;

namespace Dyad.Server.Api;

/// <summary>
/// The filters of `dyad events` as query parameters: actor, source, target, dyad=A,B (both
/// directions), cameo, quad, plover, from, to, place, text. Bound with [AsParameters], so OpenAPI lists them
/// (by their lower-case names).
/// </summary>
internal sealed record EventFilterParameters(
    [FromQuery(Name = "actor")] string? Actor, [FromQuery(Name = "source")] string? Source, [FromQuery(Name = "target")] string? Target,
    [FromQuery(Name = "dyad")] string? Dyad, [FromQuery(Name = "cameo")] string? Cameo, [FromQuery(Name = "quad")] int? Quad,
    [FromQuery(Name = "plover")] string? Plover, [FromQuery(Name = "from")] string? From, [FromQuery(Name = "to")] string? To,
    [FromQuery(Name = "place")] string? Place, [FromQuery(Name = "text")] string? Text)
{
    public EventQuery ToQuery()
    {
        if (Quad is < 1 or > 4) throw new BadHttpRequestException("quad must be 1, 2, 3 or 4");
        string? source = Source, target = Target;
        if (Dyad is { } dyad)
        {
            var pair = dyad.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (pair.Length != 2) throw new BadHttpRequestException("dyad must be two actor codes separated by a comma, e.g. IGOWSTNAT,RUS");
            (source, target) = (pair[0], pair[1]);
        }
        return new EventQuery
        {
            Actor = Blank(Actor), Source = Blank(source), Target = Blank(target), BothDirections = Dyad is not null,
            Cameo = Blank(Cameo), QuadClass = Quad, PloverType = Blank(Plover),
            From = Date(From, "from"), To = Date(To, "to"), Place = Blank(Place), Text = Blank(Text),
        };
    }

    public static PartialDate? Date(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? null
        : PartialDate.TryParse(value.Trim(), out var date) ? date
        : throw new BadHttpRequestException($"{name} '{value}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");

    // The dashboard's empty filter boxes arrive as empty strings and mean "any".
    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
