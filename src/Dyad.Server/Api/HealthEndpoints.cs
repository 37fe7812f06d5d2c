using Dyad.Server.Hosting;
using Microsoft.AspNetCore.Routing;

namespace Dyad.Server.Api;

/// <summary>GET /health (is the store answering) and GET /metrics (Prometheus text).</summary>
internal static class HealthEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async (StorePool stores, ServerOptions options, CancellationToken cancel) =>
        {
            var counts = await stores.Query(s => s.Counts(), cancel);
            return Results.Json(new Health("ok", stores.Description, options.WritesEnabled, counts.Documents, counts.Events));
        }).WithSummary("ok with the store's size when the store answers; 503 with the store's message when it does not");

        app.MapGet("/metrics", async (Metrics metrics, StorePool stores, CancellationToken cancel) =>
            Results.Text(metrics.Text(await stores.Query(s => s.Counts(), cancel)), "text/plain; version=0.0.4; charset=utf-8"))
            .WithSummary("Request counts and time, documents ingested, store rows (Prometheus text format)");
    }

    internal sealed record Health(string Status, string Store, bool Writes, long Documents, long Events);
}
