using System.Text;
using Dyad.Output;
using Dyad.Storage.Queries;

namespace Dyad.Storage.Export;

/// <summary>
/// Writes the events a query selects (all of them: paging is ignored), one record per real event:
/// its first report, as the schema-1 writers of Dyad.Output print it.
/// </summary>
public static class EventExport
{
    /// <summary>Writes to <paramref name="output"/> (left open) and returns the number of events written.</summary>
    public static async Task<long> WriteAsync(IEventStore store, EventQuery query, ExportFormat format, Stream output, CancellationToken cancel = default)
    {
        var events = store.StreamEvents(query);
        if (format == ExportFormat.Parquet) return await ParquetEventWriter.WriteAsync(events, output, cancel).ConfigureAwait(false);

        long n = 0;
        await using var text = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        using (var writer = Create(format, text))
            foreach (var e in events)
            {
                cancel.ThrowIfCancellationRequested();
                // A stored event carries the most precise date of its reports and its counts across articles.
                var ev = e.Event with { Date = e.Date };
                if (writer is GdeltEventWriter gdelt) gdelt.Write(ev, e.Mentions, e.Sources, e.Articles);
                else writer.Write(ev);
                n++;
            }
        await text.FlushAsync(cancel).ConfigureAwait(false);
        return n;
    }

    private static IEventWriter Create(ExportFormat format, TextWriter text) => format switch
    {
        ExportFormat.JsonLines => EventWriters.Create(EventFormat.JsonLines, text),
        ExportFormat.Csv => EventWriters.Create(EventFormat.Csv, text),
        ExportFormat.Gdelt => EventWriters.Create(EventFormat.Gdelt, text),
        ExportFormat.PloverJson => new PloverJsonWriter(text),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}
