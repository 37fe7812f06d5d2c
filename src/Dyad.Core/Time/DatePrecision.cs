namespace Dyad.Core.Time;

/// <summary>How much of a calendar date is known.</summary>
public enum DatePrecision
{
    Year,
    Month,
    Day,
}
