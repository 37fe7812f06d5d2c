namespace Dyad.Core.Events;

/// <summary>Words of the article text with their character offsets [Start, End) in that text.</summary>
public readonly record struct TextSpan(string Text, int Start, int End);
