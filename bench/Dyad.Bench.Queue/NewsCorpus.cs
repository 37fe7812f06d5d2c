using System.Globalization;
using Dyad.Core.Documents;
using Dyad.Core.Time;

namespace Dyad.Bench.Queue;

/// <summary>
/// Small synthetic wire stories (a few sentences that code to events between two countries), all
/// different, for the queue benchmark and tests; and "bad" inputs that no worker can code.
/// </summary>
public static class NewsCorpus
{
    private static readonly (string Country, string People)[] Countries =
    [
        ("Lithuania", "Lithuanian"), ("Belarus", "Belarusian"), ("Poland", "Polish"), ("Russia", "Russian"),
        ("France", "French"), ("Germany", "German"), ("Egypt", "Egyptian"), ("Israel", "Israeli"),
        ("Japan", "Japanese"), ("China", "Chinese"), ("Brazil", "Brazilian"), ("Kenya", "Kenyan"),
    ];

    private static readonly string[] Sentences =
    [
        "{A} on Tuesday expelled {n} {b} diplomats, accusing them of spying.",
        "{B} condemned the decision and promised to respond.",
        "The foreign minister of {A} met his {b} counterpart in the capital to discuss trade.",
        "{A} imposed sanctions on {n} {b} officials over the border incidents.",
        "{B} accused {A} of violating the ceasefire agreement.",
        "{A} and {B} signed an agreement on energy cooperation.",
        "Police in {A} arrested {n} {b} citizens near the border.",
    ];

    public static SourceDocument Story(int i)
    {
        var (a, _) = Countries[i % Countries.Length];
        // An offset of 1..11 pairs every country with every other, never with itself.
        var (b, bPeople) = Countries[(i + 1 + i / Countries.Length % (Countries.Length - 1)) % Countries.Length];
        var lines = Enumerable.Range(0, 5).Select(k => Sentences[(i + k * 3) % Sentences.Length]
            .Replace("{A}", a, StringComparison.Ordinal).Replace("{B}", b, StringComparison.Ordinal)
            .Replace("{b}", bPeople, StringComparison.Ordinal).Replace("{n}", (2 + i % 9).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        // The story number makes every text, and so every document key, different.
        string text = $"{a} and {b}: wire report {i}\n\n{string.Join("\n\n", lines)}\n\nThis is report number {i} of the day.\n";
        return new SourceDocument
        {
            Id = $"story-{i}.txt", Origin = $"story-{i}.txt", Format = InputFormat.Text, Content = text,
            Published = PartialDate.Parse($"2023-{1 + i % 12:00}-{1 + i % 28:00}"),
        };
    }

    /// <summary>Binary content (NUL bytes): every worker refuses it, so it must end in the dead letters.</summary>
    public static SourceDocument Bad(int i) => new()
    {
        Id = $"bad-{i}.txt", Origin = $"bad-{i}.txt", Format = InputFormat.Text, Content = $"\0\0\u0001binary {i}\0",
    };
}
