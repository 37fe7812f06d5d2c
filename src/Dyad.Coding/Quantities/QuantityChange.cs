using System.Text.RegularExpressions;

namespace Dyad.Coding.Quantities;

/// <summary>A change of size stated in a sentence: "from 20 down to 10", "to 20 from 30".</summary>
public readonly record struct QuantityChange(long From, long To, int Start, int End);

/// <summary>Finds stated changes of a number, in either order of the two ends.</summary>
public static partial class QuantityChangeFinder
{
    private const string Num = @"\d[\d,.]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";

    [GeneratedRegex(@"\bfrom\s+(?:about\s+|around\s+)?(?<a>" + Num + @")\s+(?:\w+\s+)?(?:down\s+|up\s+)?to\s+(?:about\s+|around\s+)?(?<b>" + Num + @")\b" +
                    @"|\bto\s+(?<b2>" + Num + @")\s+(?:\w+\s+)?from\s+(?<a2>" + Num + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static QuantityChange? Find(string text, int start = 0, int end = -1)
    {
        if (end < 0) end = text.Length;
        var m = Pattern().Match(text, start, end - start);
        if (!m.Success) return null;
        var (a, b) = m.Groups["a"].Success ? (m.Groups["a"].Value, m.Groups["b"].Value) : (m.Groups["a2"].Value, m.Groups["b2"].Value);
        if (!NumberWords.TryParse(a.TrimEnd(',', '.').AsSpan(), out var from) || !NumberWords.TryParse(b.TrimEnd(',', '.').AsSpan(), out var to)) return null;
        return new QuantityChange(from, to, m.Index, m.Index + m.Length);
    }
}
