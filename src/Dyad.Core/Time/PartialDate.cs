using System.Globalization;

namespace Dyad.Core.Time;

/// <summary>
/// A calendar date known to a year, a month or a day ("in 2014", "in April", "on October 5").
/// Event dates are often partial; widening them to a DateTime would invent precision.
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    public int Year { get; }

    /// <summary>1-12, or 0 when only the year is known.</summary>
    public int Month { get; }

    /// <summary>1-31, or 0 when the day is not known.</summary>
    public int Day { get; }

    public PartialDate(int year, int month = 0, int day = 0)
    {
        if (year is < 1 or > 9999) throw new ArgumentOutOfRangeException(nameof(year), year, "year must be 1-9999");
        if (month is < 0 or > 12) throw new ArgumentOutOfRangeException(nameof(month), month, "month must be 0-12");
        if (day != 0 && (month == 0 || day < 1 || day > DateTime.DaysInMonth(year, month)))
            throw new ArgumentOutOfRangeException(nameof(day), day, "day does not exist in that month");
        Year = year;
        Month = month;
        Day = day;
    }

    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    public DatePrecision Precision => Day != 0 ? DatePrecision.Day : Month != 0 ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>First day the date may stand for.</summary>
    public DateOnly Start => new(Year, Month == 0 ? 1 : Month, Day == 0 ? 1 : Day);

    /// <summary>Last day the date may stand for.</summary>
    public DateOnly End => Precision switch
    {
        DatePrecision.Day => new DateOnly(Year, Month, Day),
        DatePrecision.Month => new DateOnly(Year, Month, DateTime.DaysInMonth(Year, Month)),
        _ => new DateOnly(Year, 12, 31),
    };

    /// <summary>Parses YYYY, YYYY-MM or YYYY-MM-DD; a longer ISO timestamp is cut to its date.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out PartialDate date)
    {
        date = default;
        text = text.Trim();
        if (text.Length > 10 && (text[10] == 'T' || text[10] == ' ')) text = text[..10];
        if (text.Length is not (4 or 7 or 10)) return false;
        if (!int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out int y) || y < 1) return false;
        int m = 0, d = 0;
        if (text.Length >= 7)
        {
            if (text[4] != '-' || !int.TryParse(text.Slice(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out m) || m is < 1 or > 12) return false;
        }
        if (text.Length == 10)
        {
            if (text[7] != '-' || !int.TryParse(text.Slice(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out d)) return false;
            if (d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        }
        date = new PartialDate(y, m, d);
        return true;
    }

    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)");

    public int CompareTo(PartialDate other)
    {
        int c = Year.CompareTo(other.Year);
        if (c != 0) return c;
        c = Month.CompareTo(other.Month);
        return c != 0 ? c : Day.CompareTo(other.Day);
    }

    public override string ToString() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    public static bool operator <(PartialDate a, PartialDate b) => a.CompareTo(b) < 0;
    public static bool operator >(PartialDate a, PartialDate b) => a.CompareTo(b) > 0;
    public static bool operator <=(PartialDate a, PartialDate b) => a.CompareTo(b) <= 0;
    public static bool operator >=(PartialDate a, PartialDate b) => a.CompareTo(b) >= 0;
}
