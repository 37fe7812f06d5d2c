using Dyad.Server.Hosting;
using Dyad.Storage.Export;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace Dyad.Server.Api;

/// <summary>GET /api/events (paged), /api/events/{id} with its evidence, and /api/export (every match, as a file).</summary>
internal static class EventEndpoints
{
    public const int MaxPage = 1000;

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/events", async ([AsParameters] EventFilterParameters filter, int? limit, int? offset, StorePool stores, CancellationToken cancel) =>
        {
            int take = limit ?? 50, skip = offset ?? 0;
            if (take is < 1 or > MaxPage) throw new BadHttpRequestException($"limit must be 1 to {MaxPage}");
            if (skip < 0) throw new BadHttpRequestException("offset must be 0 or more");
            var query = filter.ToQuery() with { Limit = take, Offset = skip };
            var events = await stores.Query(s => s.Events(query), cancel);
            return new JsonWriterResult(w =>
            {
                w.WriteStartObject();
                w.WriteNumber("limit", take);
                w.WriteNumber("offset", skip);
                // A full page may have more behind it; a short one is the last.
                if (events.Count == take) w.WriteNumber("next_offset", skip + take); else w.WriteNull("next_offset");
                w.WriteStartArray("events");
                foreach (var e in events) EventJson.Write(w, e);
                w.WriteEndArray();
                w.WriteEndObject();
            });
        }).WithSummary("Stored events (deduplicated across articles), filtered like `dyad events`, one page at a time");

        api.MapGet("/events/{id:long}", async (long id, StorePool stores, CancellationToken cancel) =>
        {
            var reports = await stores.Query(s => s.Reports(id), cancel);
            if (reports.Count == 0) return Problem.Result(StatusCodes.Status404NotFound, $"no event {id}");
            return new JsonWriterResult(w =>
            {
                w.WriteStartObject();
                w.WriteNumber("id", id);
                w.WriteStartArray("reports");
                foreach (var r in reports) EventJson.Write(w, r);
                w.WriteEndArray();
                w.WriteEndObject();
            });
        }).WithSummary("Every article's report of one event, with its evidence: sentence, rule, and the source, target and trigger offsets in the sentence");

        api.MapGet("/export", async ([AsParameters] EventFilterParameters filter, string? format, HttpContext context, StorePool stores) =>
        {
            var chosen = ExportFormats.Parse(string.IsNullOrWhiteSpace(format) ? "csv" : format);
            var query = filter.ToQuery();
            context.Response.ContentType = chosen switch
            {
                ExportFormat.Csv => "text/csv; charset=utf-8",
                ExportFormat.Parquet => "application/vnd.apache.parquet",
                _ => "text/plain; charset=utf-8",
            };
            context.Response.Headers.ContentDisposition = $"attachment; filename=\"dyad-events.{Extension(chosen)}\"";
            // The exporters write through synchronous writers; the response is streamed, not buffered whole.
            context.Features.GetRequiredFeature<IHttpBodyControlFeature>().AllowSynchronousIO = true;
            await stores.UseAsync(s => EventExport.WriteAsync(s, query, chosen, context.Response.Body, context.RequestAborted), context.RequestAborted);
        }).WithSummary("Every event matching the filters (no paging) as csv (default), jsonl, gdelt, plover or parquet");
    }

    private static string Extension(ExportFormat f) => f switch
    {
        ExportFormat.Csv => "csv",
        ExportFormat.Gdelt => "tsv",
        ExportFormat.Parquet => "parquet",
        _ => "jsonl",
    };
}
