namespace Dyad.Core.Events;

/// <summary>A further telling of an event in the same document: its sentence, trigger and rule.</summary>
public sealed record Evidence(string Sentence, TextSpan Trigger, string Rule);
