using System.Globalization;
using System.Text.RegularExpressions;
using Dyad.Coding.Quantities;
using Dyad.Core.Time;

namespace Dyad.Coding.Time;

/// <summary>
/// Finds date expressions in a sentence and resolves them against the publication date. News
/// rarely gives full dates: "on October 7" takes its year from the publication date, "on Tuesday"
/// is the last Tuesday up to publication, "more than 18 months ago" counts back from it, and
/// "at the time" repeats the date last set in the document, "that year" its year.
/// </summary>
public static partial class DateExpressionFinder
{
    private const string MonthNames =
        "January|February|March|April|May|June|July|August|September|October|November|December|" +
        "Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";

    [GeneratedRegex(
        @"\b(?:(?<md_m>" + MonthNames + @")\s+(?<md_d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<md_y>(?:19|20)\d\d))?(?![\d,]*\d)" +
        @"|(?<dm_d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<dm_m>" + MonthNames + @")(?:,?\s+(?<dm_y>(?:19|20)\d\d))?" +
        @"|(?<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)" +
        @"|(?<my_m>" + MonthNames + @")(?:\s+of)?\s+(?<my_y>(?:19|20)\d\d)" +
        @"|(?<=\b(?:in|since|until|by|from|during|early|late|mid|of|before|after|last|this|next)\s+)(?<m_m>January|February|March|April|June|July|August|September|October|November|December)(?!\s+\d)" +
        @"|(?<=\b(?:in|since|until|by|from|during|early|late|mid-?|of|before|after|around|between|and|to|year)\s+)(?<y>(?:19|20)\d\d)(?!\s*[-–]?\s*\d)(?!s)" +
        @"|(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)" +
        @"|(?<yesterday>yesterday|last\s+night)" +
        @"|(?<today>today|tonight|this\s+morning|this\s+afternoon|this\s+evening|earlier\s+today)" +
        @"|(?<last>last|this|next)\s+(?<unit>week|month|year)" +
        @"|(?:(?:more|less)\s+than\s+|about\s+|nearly\s+|almost\s+|some\s+)?(?<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty)\s+(?<agounit>days?|weeks?|months?|years?)\s+ago" +
        @"|(?<then>at\s+the\s+time|at\s+that\s+time|that\s+day|the\s+same\s+day)" +
        @"|(?<thenyear>(?:later\s+|earlier\s+)?that\s+year|the\s+same\s+year)" +
        @"|(?<thenmonth>(?:later\s+|earlier\s+)?that\s+month|the\s+same\s+month)" +
        @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>
    /// Finds the date expressions of a text, left to right. <paramref name="lastSet"/> is the date
    /// "at the time" refers to (the previous explicit date of the document).
    /// </summary>
    public static List<TemporalExpression> Find(string text, PartialDate? published, PartialDate? lastSet = null)
    {
        var found = new List<TemporalExpression>();
        foreach (Match m in Pattern().Matches(text))
        {
            if (Resolve(m, published, lastSet) is { } r)
            {
                found.Add(new TemporalExpression(m.Index, m.Index + m.Length, r.Date, r.Kind));
                if (r.Kind != TemporalKind.Anaphoric) lastSet = r.Date;
            }
        }
        return found;
    }

    private static (PartialDate Date, TemporalKind Kind)? Resolve(Match m, PartialDate? pub, PartialDate? lastSet)
    {
        var g = m.Groups;
        if (g["md_m"].Success) return DayOfMonth(Month(g["md_m"].Value), Int(g["md_d"].Value), g["md_y"], pub);
        if (g["dm_m"].Success) return DayOfMonth(Month(g["dm_m"].Value), Int(g["dm_d"].Value), g["dm_y"], pub);
        if (g["iso"].Success) return PartialDate.TryParse(g["iso"].Value, out var iso) ? (iso, TemporalKind.Explicit) : null;
        if (g["my_m"].Success) return (new PartialDate(Int(g["my_y"].Value), Month(g["my_m"].Value)), TemporalKind.Explicit);
        if (g["y"].Success) return (new PartialDate(Int(g["y"].Value)), TemporalKind.Explicit);
        if (g["then"].Success) return lastSet is { } t ? (t, TemporalKind.Anaphoric) : null;
        // "settled in 1965 ... normalized that year": the year (or month) of the date last set.
        if (g["thenyear"].Success) return lastSet is { } ty ? (new PartialDate(ty.Year), TemporalKind.Anaphoric) : null;
        if (g["thenmonth"].Success) return lastSet is { Month: > 0 } tm ? (new PartialDate(tm.Year, tm.Month), TemporalKind.Anaphoric) : null;
        if (pub is not { Precision: DatePrecision.Day } p) return null;
        var day = p.Start;
        if (g["m_m"].Success)
        {
            int month = Month(g["m_m"].Value);
            // "in April" in an October article is last April; in a February article, the April before.
            int year = month <= p.Month ? p.Year : p.Year - 1;
            return (new PartialDate(year, month), TemporalKind.Anchored);
        }
        if (g["wd"].Success)
        {
            var wanted = Enum.Parse<DayOfWeek>(g["wd"].Value, ignoreCase: true);
            int back = ((int)day.DayOfWeek - (int)wanted + 7) % 7;
            return (PartialDate.FromDate(day.AddDays(-back)), TemporalKind.Anchored);
        }
        if (g["yesterday"].Success) return (PartialDate.FromDate(day.AddDays(-1)), TemporalKind.Relative);
        if (g["today"].Success) return (p, TemporalKind.Relative);
        if (g["last"].Success)
        {
            int step = g["last"].Value.ToLowerInvariant() switch { "last" => -1, "next" => 1, _ => 0 };
            return g["unit"].Value.ToLowerInvariant() switch
            {
                "week" => (PartialDate.FromDate(day.AddDays(7 * step)), TemporalKind.Relative),
                "month" => (MonthOf(day.AddMonths(step)), TemporalKind.Relative),
                _ => (new PartialDate(day.Year + step), TemporalKind.Relative),
            };
        }
        if (g["n"].Success)
        {
            var word = g["n"].Value;
            long n = word is "a" or "an" or "A" or "An" ? 1 : NumberWords.TryParse(word.AsSpan(), out var count) ? count : 1;
            var unit = g["agounit"].Value.ToLowerInvariant().TrimEnd('s');
            return unit switch
            {
                "day" => (PartialDate.FromDate(day.AddDays(-(int)n)), TemporalKind.Relative),
                "week" => (PartialDate.FromDate(day.AddDays(-7 * (int)n)), TemporalKind.Relative),
                "month" => (MonthOf(day.AddMonths(-(int)n)), TemporalKind.Relative),
                _ => (new PartialDate(day.Year - (int)n), TemporalKind.Relative),
            };
        }
        return null;
    }

    private static (PartialDate, TemporalKind)? DayOfMonth(int month, int dayOfMonth, Group year, PartialDate? pub)
    {
        if (year.Success)
        {
            int y = Int(year.Value);
            return dayOfMonth <= DateTime.DaysInMonth(y, month) ? (new PartialDate(y, month, dayOfMonth), TemporalKind.Explicit) : null;
        }
        if (pub is null) return null;
        int py = pub.Value.Year;
        if (dayOfMonth > DateTime.DaysInMonth(py, month)) return null;
        var candidate = new PartialDate(py, month, dayOfMonth);
        // News reports the past: a date well after publication belongs to the previous year,
        // but a few weeks ahead is a scheduled event ("talks on November 3").
        if (candidate.Start > pub.Value.End.AddDays(60) && dayOfMonth <= DateTime.DaysInMonth(py - 1, month))
            candidate = new PartialDate(py - 1, month, dayOfMonth);
        return (candidate, TemporalKind.Anchored);
    }

    private static PartialDate MonthOf(DateOnly d) => new(d.Year, d.Month);

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int Month(string name) => name.ToLowerInvariant()[..3] switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };

}
