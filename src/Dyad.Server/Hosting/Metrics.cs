using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dyad.Storage.Queries;

namespace Dyad.Server.Hosting;

/// <summary>
/// Request counters for GET /metrics, in the Prometheus text format so any scraper reads them.
/// Counted in-process with interlocked adds: cheap enough to leave on under load.
/// </summary>
internal sealed class Metrics
{
    private static readonly int[] Classes = [2, 3, 4, 5];
    private readonly long[] _byClass = new long[6];
    private long _requests, _microseconds, _documentsStored, _documentsFailed;
    private readonly long _started = Stopwatch.GetTimestamp();

    public void DocumentsIngested(int stored, int failed)
    {
        Interlocked.Add(ref _documentsStored, stored);
        Interlocked.Add(ref _documentsFailed, failed);
    }

    public IApplicationBuilder Count(IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        long start = Stopwatch.GetTimestamp();
        try { await next(context).ConfigureAwait(false); }
        finally
        {
            Interlocked.Increment(ref _requests);
            Interlocked.Add(ref _microseconds, (long)Stopwatch.GetElapsedTime(start).TotalMicroseconds);
            Interlocked.Increment(ref _byClass[Math.Clamp(context.Response.StatusCode / 100, 0, 5)]);
        }
    });

    public string Text(StoreCounts? store)
    {
        var s = new StringBuilder();
        void Line(string name, string help, string type, params (string Labels, double Value)[] values)
        {
            s.Append("# HELP ").Append(name).Append(' ').Append(help).Append('\n');
            s.Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');
            foreach (var (labels, value) in values)
                s.Append(name).Append(labels).Append(' ').Append(value.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }
        Line("dyad_uptime_seconds", "Seconds since the server started.", "gauge", ("", Stopwatch.GetElapsedTime(_started).TotalSeconds));
        Line("dyad_http_requests_total", "HTTP requests answered, by status class.", "counter",
            [.. Classes.Select(c => ($"{{code=\"{c}xx\"}}", (double)Interlocked.Read(ref _byClass[c])))]);
        Line("dyad_http_request_seconds_sum", "Total time spent answering requests.", "counter", ("", Interlocked.Read(ref _microseconds) / 1e6));
        Line("dyad_http_request_seconds_count", "Requests timed.", "counter", ("", Interlocked.Read(ref _requests)));
        Line("dyad_documents_ingested_total", "Documents posted and stored, or failed.", "counter",
            ("{outcome=\"stored\"}", Interlocked.Read(ref _documentsStored)), ("{outcome=\"failed\"}", Interlocked.Read(ref _documentsFailed)));
        if (store is { } f)
            Line("dyad_store_rows", "Rows in the event store.", "gauge",
                ("{table=\"documents\"}", f.Documents), ("{table=\"reports\"}", f.Reports), ("{table=\"events\"}", f.Events));
        return s.ToString();
    }
}
