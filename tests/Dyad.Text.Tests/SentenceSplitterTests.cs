using Dyad.Text.Tokenization;

namespace Dyad.Text.Tests;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var starts = SentenceSplitter.Split(text, tokens);
        return starts.Select((s, k) => text[tokens[s].Start..tokens[(k + 1 < starts.Count ? starts[k + 1] : tokens.Count) - 1].End]).ToArray();
    }

    [Fact]
    public void SplitsAtFinalPunctuationButNotAfterTitles() =>
        Assert.Equal(["Gen. Smith arrived in the U.S. on Monday.", "He left!", "\"Why?\" she asked."],
            Sentences("Gen. Smith arrived in the U.S. on Monday. He left! \"Why?\" she asked."));

    [Fact]
    public void AbbreviationEndsSentenceBeforeTypicalOpener() =>
        Assert.Equal(["Troops returned to the U.S.", "The war ended."], Sentences("Troops returned to the U.S. The war ended."));

    [Fact]
    public void BlankLinesAreHardBoundaries() =>
        Assert.Equal(["NATO expels eight Russians", "the alliance said"], Sentences("NATO expels eight Russians\n\nthe alliance said"));

    [Fact]
    public void ColonDatelineIsSeparated() =>
        Assert.Equal(["TALLINN:", "Estonia said it would expel the ambassador."], Sentences("TALLINN: Estonia said it would expel the ambassador."));

    [Fact]
    public void HeadlineLineAndDatelineAreSeparated() =>
        Assert.Equal(["NATO Expels Russian Diplomats", "MOSCOW (Reuters) -", "Russia said it would respond."],
            Sentences("NATO Expels Russian Diplomats\nMOSCOW (Reuters) - Russia said it would respond."));

    [Theory]
    [InlineData("date 2021-10-17 Myanmar's junta chief was excluded.", "date 2021-10-17|Myanmar's junta chief was excluded.")]
    [InlineData("Published: 17/10/2021 The army left.", "Published: 17/10/2021|The army left.")]
    [InlineData("07/06/2000 14:57", "07/06/2000 14:57")]
    [InlineData("On 2021-10-17 The army left.", "On 2021-10-17 The army left.")]
    public void ADateStampLeftByAScrapedPageIsSeparated(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Sentences(text));
}
