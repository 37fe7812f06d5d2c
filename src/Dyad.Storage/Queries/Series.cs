using Dyad.Core.Time;

namespace Dyad.Storage.Queries;

public enum SeriesInterval { Day, Week, Month, Year }

/// <summary>
/// <c>dyad series A B --by week</c>: events between A and B (matched like <see cref="EventQuery.Source"/>)
/// in both directions, per period of the event date. Events without a date are left out.
/// </summary>
public sealed record SeriesQuery(string A, string B, SeriesInterval By = SeriesInterval.Month)
{
    public PartialDate? From { get; init; }
    public PartialDate? To { get; init; }
}

/// <summary>
/// One period and direction (Source -> Target, which is A -> B or B -> A): events per quad class
/// (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict), and
/// their Goldstein scores summed and averaged. Weeks start on Monday.
/// </summary>
public sealed record SeriesPoint(
    DateOnly Period, string Source, string Target,
    long VerbalCooperation, long MaterialCooperation, long VerbalConflict, long MaterialConflict,
    long Events, double GoldsteinSum)
{
    public double GoldsteinMean => Events == 0 ? 0 : GoldsteinSum / Events;
}
