using Dyad.Core.Documents;
using Dyad.Input;
using Dyad.Pipeline;
using Dyad.Server.Hosting;
using Microsoft.AspNetCore.Routing;

namespace Dyad.Server.Api;

/// <summary>
/// GET /api/documents/{key}: a stored article with its events; POST /api/documents: code articles and
/// store them, as `dyad ingest` does, behind the API key.
/// </summary>
internal static class DocumentEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/documents/{key}", async (string key, StorePool stores, CancellationToken cancel) =>
        {
            var doc = await stores.Query(s => s.Document(key), cancel);
            if (doc is null) return Problem.Result(StatusCodes.Status404NotFound, $"no document {key}");
            return new JsonWriterResult(w => DocumentJson.Write(w, doc));
        }).WithSummary("A stored article with its text and every event coded from it; offsets are in the article text");
        MapPost(api);
    }

    private static void MapPost(IEndpointRouteBuilder api) =>
        api.MapPost("/documents", async (HttpRequest request, string? id, string? url, string? title, string? published,
            ApiKey key, ServerOptions options, DyadPipeline pipeline, StorePool stores, Metrics metrics) =>
        {
            if (key.Refuse(request) is { } refused) return refused;
            var format = FormatOf(request.ContentType);
            var body = await BoundedBody.Read(request, options.MaxRequestBytes);
            string content;
            try { content = TextDecoder.Decode(body, sniffHtmlCharset: format == InputFormat.Html); }
            catch (DecodeException e) { throw new BadHttpRequestException($"the body could not be decoded: {e.Message}"); }
            var date = EventFilterParameters.Date(published, "published");
            string docId = string.IsNullOrWhiteSpace(id) ? "posted" : id.Trim();
            IEnumerable<InputItem> items = format == InputFormat.JsonLines
                ? JsonLinesRecords.Parse(content, docId, date)
                : [InputItem.Of(new SourceDocument { Id = docId, Origin = docId, Format = format, Content = content, Published = date, Url = url, Title = title })];

            var errors = new List<InputError>();
            var done = await stores.Write(s => new Ingestion(pipeline, s, threads: 1).Run(items, errors.Add), request.HttpContext.RequestAborted);
            metrics.DocumentsIngested(done.Documents, done.Failed);
            var outcome = new IngestOutcome(done.Documents, done.Skipped, done.Events, done.Failed,
                [.. errors.Select(e => new IngestError(e.Origin, e.Problem))]);
            // Nothing stored and something failed: the request as a whole did not work.
            return Results.Json(outcome, statusCode: done.Documents + done.Skipped == 0 && done.Failed > 0
                ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK);
        }).WithSummary("Code and store articles: text/plain (an article), text/html (a page to extract from) or application/x-ndjson (JSONL records); needs the X-Api-Key header");

    /// <summary>Plain text is taken as the article itself, as a JSONL record's "text" is.</summary>
    private static InputFormat FormatOf(string? contentType)
    {
        var media = (contentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        return media switch
        {
            "text/plain" or "" => InputFormat.ArticleText,
            "text/html" or "application/xhtml+xml" => InputFormat.Html,
            "application/x-ndjson" or "application/jsonl" or "application/x-jsonlines" => InputFormat.JsonLines,
            _ => throw new BadHttpRequestException($"unsupported content type '{media}' (text/plain, text/html or application/x-ndjson)",
                StatusCodes.Status415UnsupportedMediaType),
        };
    }

    internal sealed record IngestOutcome(int Stored, int Skipped, int Events, int Failed, IReadOnlyList<IngestError> Errors);

    internal sealed record IngestError(string Origin, string Message);
}
