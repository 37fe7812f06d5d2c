using System.Globalization;

namespace Dyad.Coding.Quantities;

/// <summary>Reads a count written as digits ("1,000", "3.5") or English words ("eight", "twenty-one", "two hundred", "a dozen").</summary>
public static class NumberWords
{
    private static readonly Dictionary<string, long> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, long> Multipliers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dozen"] = 12, ["hundred"] = 100, ["thousand"] = 1000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000,
    };

    /// <summary>Parses one token: digits with optional separators, or a number word.</summary>
    public static bool TryParse(ReadOnlySpan<char> token, out long value)
    {
        value = 0;
        if (token.Length > 0 && char.IsAsciiDigit(token[0]))
        {
            if (!double.TryParse(token, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)) return false;
            value = (long)Math.Round(d);
            return true;
        }
        return IsHyphenated(token, out value) || Units.TryGetValue(token.ToString(), out value);
    }

    /// <summary>Parses a run of tokens: "1.5 million" = 1,500,000, "two hundred" = 200, "a dozen" = 12.</summary>
    public static bool TryParse(IReadOnlyList<string> tokens, out long value)
    {
        value = 0;
        double total = 0, group = 0;
        bool any = false;
        foreach (var t in tokens)
        {
            if (Multipliers.TryGetValue(t, out var mult))
            {
                group = (group == 0 ? 1 : group) * mult;
                if (mult >= 1000) { total += group; group = 0; }
            }
            else if (t.Length > 0 && char.IsAsciiDigit(t[0]) && double.TryParse(t, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d))
                group += d;
            else if (t is "a" or "an" or "A" or "An") group = Math.Max(group, 1);
            else if (TryParse(t.AsSpan(), out var v)) group += v;
            else return false;
            any = true;
        }
        value = (long)Math.Round(total + group);
        return any;
    }

    private static bool IsHyphenated(ReadOnlySpan<char> token, out long value)
    {
        value = 0;
        int hyphen = token.IndexOf('-');
        if (hyphen <= 0) return false;
        if (Units.TryGetValue(token[..hyphen].ToString(), out var tens) && tens is >= 20 and <= 90 && tens % 10 == 0
            && Units.TryGetValue(token[(hyphen + 1)..].ToString(), out var units) && units is >= 1 and <= 9)
        {
            value = tens + units;
            return true;
        }
        return false;
    }
}
