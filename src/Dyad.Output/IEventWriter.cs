using Dyad.Core.Events;

namespace Dyad.Output;

/// <summary>Writes coded events in one format to a text stream.</summary>
public interface IEventWriter : IDisposable
{
    void Write(CodedEvent e);
}

public static class EventWriters
{
    public static IEventWriter Create(EventFormat format, TextWriter output) => format switch
    {
        EventFormat.JsonLines => new JsonLinesEventWriter(output),
        EventFormat.Csv => new CsvEventWriter(output),
        EventFormat.Gdelt => new GdeltEventWriter(output),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public static EventFormat Parse(string name) => name.ToLowerInvariant() switch
    {
        "jsonl" or "json" => EventFormat.JsonLines,
        "csv" => EventFormat.Csv,
        "gdelt" or "tsv" => EventFormat.Gdelt,
        _ => throw new ArgumentException($"unknown output format '{name}' (expected jsonl, csv or gdelt)"),
    };
}
