using Dyad.Storage.Queries;
using Parquet;
using Parquet.Schema;

namespace Dyad.Storage.Export;

/// <summary>
/// Events as a Parquet table: the schema-1 fields flattened as in the CSV export, typed, plus the
/// event id and its mention, article and source counts. Written in row groups so memory stays
/// flat however many events there are.
/// </summary>
internal static class ParquetEventWriter
{
    private const int RowGroupSize = 50_000;

    private sealed record Column(DataField Field, Func<ParquetRowGroupWriter, IReadOnlyList<StoredEvent>, CancellationToken, Task> Write);

    private static readonly Column[] Columns =
    [
        Value("event_id", s => s.Id),
        Text("doc", s => s.Event.Doc),
        Text("date", s => s.Event.Date?.ToString()),
        Text("date_precision", s => s.Event.Date?.Precision.ToString().ToLowerInvariant()),
        Text("reported", s => s.Event.Reported?.ToString()),
        Text("event_date", s => s.Date?.ToString()),
        Text("source_code", s => s.Event.Source.Code.Value),
        Text("source_name", s => s.Event.Source.Name),
        Text("source_text", s => s.Event.Source.Span.Text),
        Text("target_code", s => s.Event.Target.Code.Value),
        Text("target_name", s => s.Event.Target.Name),
        Text("target_text", s => s.Event.Target.Span.Text),
        Text("cameo", s => s.Event.Cameo.Value),
        Text("cameo_name", s => s.Event.CameoName),
        Value("goldstein", s => s.Event.Goldstein),
        Value("quad_class", s => s.Event.QuadClass),
        Text("plover_type", s => s.Event.Plover.Type),
        Text("plover_mode", s => s.Event.Plover.Mode),
        Text("plover_context", s => s.Event.Plover.Context),
        Text("location_name", s => s.Event.Location?.Name),
        Text("location_country", s => s.Event.Location?.Country),
        Optional("lat", s => s.Event.Location?.Lat),
        Optional("lon", s => s.Event.Location?.Lon),
        Optional("quantity_count", s => s.Event.Quantity?.Count),
        Text("quantity_what", s => s.Event.Quantity?.What),
        Text("modality", s => s.Event.Modality.ToString().ToLowerInvariant()),
        Text("sentence", s => s.Event.Sentence),
        Text("trigger", s => s.Event.Trigger.Text),
        Value("trigger_start", s => s.Event.Trigger.Start),
        Value("trigger_end", s => s.Event.Trigger.End),
        Text("rule", s => s.Event.Rule),
        Value("confidence", s => s.Event.Confidence),
        Value("mentions", s => s.Mentions),
        Value("articles", s => s.Articles),
        Value("sources", s => s.Sources),
    ];

    public static async Task<long> WriteAsync(IEnumerable<StoredEvent> events, Stream output, CancellationToken cancel)
    {
        var schema = new ParquetSchema(Columns.Select(c => c.Field).ToArray());
        await using var writer = await ParquetWriter.CreateAsync(schema, output, cancellationToken: cancel).ConfigureAwait(false);
        long n = 0;
        foreach (var chunk in events.Chunk(RowGroupSize))
        {
            using var group = writer.CreateRowGroup();
            foreach (var c in Columns) await c.Write(group, chunk, cancel).ConfigureAwait(false);
            n += chunk.Length;
        }
        return n;
    }

    private static Column Text(string name, Func<StoredEvent, string?> get)
    {
        var field = new DataField<string>(name, true);
        return new(field, (g, rows, cancel) => g.WriteAsync(field, rows.Select(get).ToArray()!, null));
    }

    private static Column Value<T>(string name, Func<StoredEvent, T> get) where T : struct
    {
        var field = new DataField<T>(name, false);
        return new(field, (g, rows, cancel) => g.WriteAsync(field, new ReadOnlyMemory<T>(rows.Select(get).ToArray()), null, null, cancel));
    }

    private static Column Optional<T>(string name, Func<StoredEvent, T?> get) where T : struct
    {
        var field = new DataField<T?>(name, true);
        return new(field, (g, rows, cancel) => g.WriteAsync(field, new ReadOnlyMemory<T?>(rows.Select(get).ToArray()), null, null, cancel));
    }
}
