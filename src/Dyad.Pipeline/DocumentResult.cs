using Dyad.Core.Documents;
using Dyad.Core.Events;

namespace Dyad.Pipeline;

/// <summary>What the pipeline made of one input: its article and events, or the error that stopped it.</summary>
public sealed record DocumentResult(string Origin, Article? Article, IReadOnlyList<CodedEvent> Events, InputError? Error)
{
    /// <summary>The document as read, for its identity in a store.</summary>
    public SourceDocument? Source { get; init; }

    /// <summary>Sentences analysed, for throughput figures.</summary>
    public int Sentences { get; init; }

    public static DocumentResult Failed(InputError error) => new(error.Origin, null, [], error);
}
