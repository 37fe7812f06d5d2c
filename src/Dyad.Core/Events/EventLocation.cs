namespace Dyad.Core.Events;

/// <summary>Where an event happened, with the country (alpha-3) and coordinates when known.</summary>
public sealed record EventLocation(string Name, string? Country, double? Lat, double? Lon);
