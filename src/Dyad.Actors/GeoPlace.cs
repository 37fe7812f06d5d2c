namespace Dyad.Actors;

/// <summary>Where a gazetteer place lies and how many live there (GeoNames).</summary>
public sealed record GeoPlace(double Latitude, double Longitude, long Population, bool IsCapital);
