using Dyad.Core.Time;

namespace Dyad.Storage.Dedup;

/// <summary>
/// When two reports are the same real event (docs/storage.md, "Cross-article dedup"): same key,
/// dates that overlap within their precision give or take <see cref="DayTolerance"/>, counts within
/// 10 % of each other, and places in one country and within <see cref="MaxKm"/> km.
/// A report without any date (no event date, no publication date) matches nothing.
/// </summary>
internal static class DedupRule
{
    /// <summary>Articles differ by a day on when "yesterday" was; a week apart is another event.</summary>
    public const int DayTolerance = 1;
    public const double CountTolerance = 0.10;
    public const double MaxKm = 50;

    public static bool Compatible(in ReportFacts a, in ReportFacts b) =>
        a.Key == b.Key && DatesCompatible(a.When, b.When) && CountsCompatible(a.Count, b.Count) && PlacesCompatible(a, b);

    public static bool DatesCompatible(PartialDate? a, PartialDate? b) =>
        a is { } x && b is { } y
        && x.Start <= y.End.AddDays(DayTolerance)
        && y.Start <= x.End.AddDays(DayTolerance);

    public static bool CountsCompatible(long? a, long? b) =>
        a is not { } x || b is not { } y || Math.Abs(x - y) <= CountTolerance * Math.Max(Math.Abs(x), Math.Abs(y));

    public static bool PlacesCompatible(in ReportFacts a, in ReportFacts b)
    {
        if (a.Country is { } ca && b.Country is { } cb && !string.Equals(ca, cb, StringComparison.OrdinalIgnoreCase)) return false;
        if (a.Lat is { } la && a.Lon is { } oa && b.Lat is { } lb && b.Lon is { } ob) return Kilometres(la, oa, lb, ob) <= MaxKm;
        return true;
    }

    /// <summary>Great-circle distance (haversine).</summary>
    public static double Kilometres(double lat1, double lon1, double lat2, double lon2)
    {
        const double R = 6371.0;
        double dLat = double.DegreesToRadians(lat2 - lat1), dLon = double.DegreesToRadians(lon2 - lon1);
        double h = Math.Pow(Math.Sin(dLat / 2), 2)
            + Math.Cos(double.DegreesToRadians(lat1)) * Math.Cos(double.DegreesToRadians(lat2)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * R * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
