namespace Dyad.Core.Ontology;

/// <summary>A PLOVER 2.0 event type with its optional mode and context.</summary>
public sealed record PloverCoding(string Type, string? Mode, string? Context);
