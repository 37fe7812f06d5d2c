using System.Globalization;
using Dyad.Core.Events;

namespace Dyad.Output;

/// <summary>One event a row with a header; nested schema-1 fields are flattened (source_code, plover_type, ...).</summary>
public sealed class CsvEventWriter(TextWriter output) : IEventWriter
{
    public static readonly string[] Columns =
    [
        "doc", "event_id", "date", "date_precision", "reported",
        "source_code", "source_name", "source_text", "target_code", "target_name", "target_text",
        "cameo", "cameo_name", "goldstein", "quad_class", "plover_type", "plover_mode", "plover_context",
        "location_name", "location_country", "lat", "lon", "quantity_count", "quantity_what", "quantity_from", "quantity_to",
        "modality", "trigger", "rule", "confidence", "sentence",
    ];

    private bool _headerWritten;

    public void Write(CodedEvent e)
    {
        if (!_headerWritten)
        {
            output.Write(string.Join(',', Columns));
            output.Write('\n');
            _headerWritten = true;
        }
        string?[] values =
        [
            e.Doc, e.EventId, e.Date?.ToString(), e.Date?.Precision.ToString().ToLowerInvariant(), e.Reported?.ToString(),
            e.Source.Code.Value, e.Source.Name, e.Source.Span.Text, e.Target.Code.Value, e.Target.Name, e.Target.Span.Text,
            e.Cameo.Value, e.CameoName, Num(e.Goldstein), e.QuadClass.ToString(CultureInfo.InvariantCulture),
            e.Plover.Type, e.Plover.Mode, e.Plover.Context,
            e.Location?.Name, e.Location?.Country, Num(e.Location?.Lat), Num(e.Location?.Lon),
            Num(e.Quantity?.Count), e.Quantity?.What, Num(e.Quantity?.From), Num(e.Quantity?.To),
            e.Modality.ToString().ToLowerInvariant(), e.Trigger.Text, e.Rule, Num(Math.Round(e.Confidence, 3)), e.Sentence,
        ];
        for (int i = 0; i < values.Length; i++)
        {
            if (i > 0) output.Write(',');
            output.Write(CsvField.Quote(values[i]));
        }
        output.Write('\n');
    }

    private static string? Num(double? v) => v?.ToString("R", CultureInfo.InvariantCulture);
    private static string? Num(long? v) => v?.ToString(CultureInfo.InvariantCulture);

    public void Dispose() { }
}
