using Dyad.Server.Hosting;
using Dyad.Storage.Queries;
using Microsoft.AspNetCore.Routing;

namespace Dyad.Server.Api;

/// <summary>GET /api/series: `dyad series A B --by ...` as JSON.</summary>
internal static class SeriesEndpoints
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/series", async (string a, string b, string? by, string? from, string? to, StorePool stores, CancellationToken cancel) =>
        {
            if (!Enum.TryParse<SeriesInterval>(string.IsNullOrWhiteSpace(by) ? "month" : by, ignoreCase: true, out var interval) ||
                !Enum.IsDefined(interval))
                throw new BadHttpRequestException("by must be day, week, month or year");
            var query = new SeriesQuery(a, b, interval)
            {
                From = EventFilterParameters.Date(from, "from"),
                To = EventFilterParameters.Date(to, "to"),
            };
            var points = await stores.Query(s => s.Series(query), cancel);
            return Results.Json(new SeriesResponse(query.A, query.B, interval.ToString().ToLowerInvariant(), points));
        }).WithSummary("Events between actors a and b per day, week (from Monday), month or year, both directions: counts per quad class and Goldstein");

    internal sealed record SeriesResponse(string A, string B, string By, IReadOnlyList<SeriesPoint> Points);
}
