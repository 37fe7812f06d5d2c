namespace Dyad.Core.Events;

/// <summary>
/// How many: a count of people or things ("eight officials") or a change ("from 20 down to 10").
/// </summary>
public sealed record Quantity(long? Count, string? What, long? From = null, long? To = null);
