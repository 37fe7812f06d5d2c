using Dyad.Core.Time;

namespace Dyad.Actors.Tests;

/// <summary>Runs every case in Data/mentions.tsv: a mention in a sentence on a date and its code.</summary>
public class MentionCaseTests
{
    public static TheoryData<string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (string line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "mentions.tsv")))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            string[] f = line.Split('\t');
            data.Add(f[0], f[1], f[2], f[3]);
        }
        return data;
    }

    [Fact]
    public void There_are_at_least_300_cases() => Assert.True(Cases().Count >= 300);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Mention_codes_as_expected(string date, string sentence, string mention, string expected)
    {
        string[] tokens = Defaults.Tokens(sentence);
        string[] wanted = Defaults.Tokens(mention);
        int start = Enumerable.Range(0, tokens.Length - wanted.Length + 1)
            .First(i => tokens.AsSpan(i, wanted.Length).SequenceEqual(wanted));
        var matches = Defaults.Matcher.Match(tokens);
        var match = matches.FirstOrDefault(m => m.Start == start && m.Length == wanted.Length);

        if (expected == "none")
        {
            Assert.DoesNotContain(matches, m => m.Start < start + wanted.Length && start < m.End);
            return;
        }
        Assert.True(match.Entries is not null, $"no match for '{mention}'; found: {string.Join(", ", matches.Select(m => $"{string.Join(' ', tokens[m.Start..m.End])}={m.Entry}"))}");
        string[] parts = expected.Split(':');
        if (parts.Length == 2) Assert.Equal(parts[0], match.Kind.ToString());
        string code = parts[^1];
        Assert.Equal(code == "-" ? null : code, match.CodeOn(PartialDate.Parse(date))?.Value);
    }
}
