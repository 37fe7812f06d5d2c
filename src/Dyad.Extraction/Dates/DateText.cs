using System.Globalization;
using System.Text.RegularExpressions;
using Dyad.Core.Time;

namespace Dyad.Extraction.Dates;

/// <summary>
/// Reads the dates pages write: machine forms (ISO 8601, RFC 1123) in metadata, human forms
/// ("October 7, 2021", "7 Oct 2021") in datelines, and the date folders of article URLs.
/// A timestamp's date is taken as written, not shifted to UTC: "same day" means the publisher's day.
/// </summary>
internal static partial class DateText
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>A date from a metadata value: ISO first, then any human form in it.</summary>
    public static PartialDate? ParseMachine(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var m = IsoDate().Match(value);
        if (m.Success) return Make(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value);
        m = CompactDate().Match(value);
        if (m.Success) return Make(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value);
        return FindHuman(value);
    }

    /// <summary>The first full human-written date (with day, month name and year) in the text.</summary>
    public static PartialDate? FindHuman(string text)
    {
        var m = HumanDate().Match(text);
        while (m.Success)
        {
            string month = m.Groups["mon1"].Success ? m.Groups["mon1"].Value : m.Groups["mon2"].Value;
            string day = m.Groups["d1"].Success ? m.Groups["d1"].Value : m.Groups["d2"].Value;
            int mi = MonthIndex(month);
            if (mi > 0 && Make(m.Groups["y"].Value, mi.ToString(CultureInfo.InvariantCulture), day) is { } date) return date;
            m = m.NextMatch();
        }
        m = IsoDate().Match(text);
        return m.Success ? Make(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value) : null;
    }

    /// <summary>The date in an article URL's path (/2021/10/07/, /2021-10-07, /20211007/, /2021/10/).</summary>
    public static PartialDate? FromUrl(string? url)
    {
        if (string.IsNullOrEmpty(url)) return null;
        var m = UrlDate().Match(url);
        if (!m.Success) return null;
        return Make(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Success ? m.Groups["d"].Value : "");
    }

    private static int MonthIndex(string name)
    {
        // A month name or its abbreviation ("Sept" included), never a word that merely starts like one.
        if (name.Length < 3) return 0;
        for (int i = 0; i < MonthNames.Length; i++)
            if (MonthNames[i].StartsWith(name, StringComparison.OrdinalIgnoreCase)) return i + 1;
        return 0;
    }

    private static PartialDate? Make(string y, string m, string d)
    {
        if (!int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out int year) || year is < 1990 or > 2100) return null;
        if (!int.TryParse(m, NumberStyles.None, CultureInfo.InvariantCulture, out int month) || month is < 1 or > 12) return null;
        if (d.Length == 0) return new PartialDate(year, month);
        if (!int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out int day) || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new PartialDate(year, month, day);
    }

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d\d)[-/.](?<m>[01]?\d)[-/.](?<d>[0-3]?\d)(?!\d)")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^\s*(?<y>(?:19|20)\d\d)(?<m>[01]\d)(?<d>[0-3]\d)(?:\D|$)")]
    private static partial Regex CompactDate();

    [GeneratedRegex(@"(?:\b(?<d1>[0-3]?\d)(?:st|nd|rd|th)?\.?\s+(?:of\s+)?(?<mon1>[A-Za-z]{3,9})\.?,?\s+(?<y>(?:19|20)\d\d)\b)|(?:\b(?<mon2>[A-Za-z]{3,9})\.?\s+(?<d2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d\d)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex HumanDate();

    [GeneratedRegex(@"/(?<y>(?:19|20)\d\d)(?:/(?<m>[01]\d)(?:/(?<d>[0-3]\d))?/|-(?<m>[01]\d)-(?<d>[0-3]\d)(?!\d)|(?<m>[01]\d)(?<d>[0-3]\d)/)")]
    private static partial Regex UrlDate();
}
