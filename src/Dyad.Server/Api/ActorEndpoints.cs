using Dyad.Server.Hosting;
using Microsoft.AspNetCore.Routing;

namespace Dyad.Server.Api;

/// <summary>GET /api/actors (search), /api/actors/top and /api/dyads/top (for the filters given, e.g. a period).</summary>
internal static class ActorEndpoints
{
    private const int MaxCount = 200;

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/actors", (string q, int? limit, ActorSearch search) =>
            Results.Json(search.Find(q, Count(limit, 20))))
            .WithSummary("Actors whose code or dictionary name matches q (exact code, then prefix, then substring)");

        api.MapGet("/actors/top", async ([AsParameters] EventFilterParameters filter, int? limit, StorePool stores, CancellationToken cancel) =>
        {
            var query = filter.ToQuery();
            return Results.Json(await stores.Query(s => s.TopActors(query, Count(limit, 20)), cancel));
        }).WithSummary("Actors (country or IGO level) in the most events matching the filters, e.g. from/to for a period");

        api.MapGet("/dyads/top", async ([AsParameters] EventFilterParameters filter, int? limit, StorePool stores, CancellationToken cancel) =>
        {
            var query = filter.ToQuery();
            return Results.Json(await stores.Query(s => s.TopDyads(query, Count(limit, 20)), cancel));
        }).WithSummary("Directed source/target pairs (country or IGO level) with the most events matching the filters");
    }

    private static int Count(int? limit, int fallback) =>
        limit is null ? fallback
        : limit is >= 1 and <= MaxCount ? limit.Value
        : throw new BadHttpRequestException($"limit must be 1 to {MaxCount}");
}
