using Dyad.Text.Tokenization;

namespace Dyad.Text.Tests;

public class TokenizerTests
{
    private static string[] Forms(string text) => Tokenizer.Tokenize(text).Select(t => text[t.Start..t.End]).ToArray();

    [Theory]
    [InlineData("Gen. Smith met Mr. Jones in the U.S. on Oct. 5.", "Gen.|Smith|met|Mr.|Jones|in|the|U.S.|on|Oct.|5|.")]
    [InlineData("\"He said 'no',\" she said.", "\"|He|said|'|no|'|,|\"|she|said|.")]
    [InlineData("“Stop,” he said — and left -- quickly.", "“|Stop|,|”|he|said|—|and|left|--|quickly|.")]
    [InlineData("20 people paid $1,000 or 3.5% in the 1990s.", "20|people|paid|$|1,000|or|3.5|%|in|the|1990s|.")]
    [InlineData("I don't think they'll say it's Russia's fault.", "I|do|n't|think|they|'ll|say|it|'s|Russia|'s|fault|.")]
    [InlineData("We can't and won't, we're sure; I cannot.", "We|ca|n't|and|wo|n't|,|we|'re|sure|;|I|can|not|.")]
    [InlineData("Al-Zaman sent an e-mail about the anti-war vote.", "Al|-|Zaman|sent|an|e-mail|about|the|anti-war|vote|.")]
    [InlineData("See https://www.nato.int/news?id=1 or mail press@nato.int.", "See|https://www.nato.int/news?id=1|or|mail|press@nato.int|.")]
    [InlineData("since World War II.According to the ministry, talks ended.Both sides left.", "since|World|War|II|.|According|to|the|ministry|,|talks|ended|.|Both|sides|left|.")]
    [InlineData("St.Petersburg and U.S.Army and www.Example.com and Newsfeeds.Com stay.", "St.Petersburg|and|U.S.Army|and|www.Example.com|and|Newsfeeds.Com|stay|.")]
    [InlineData("MOSCOW (Reuters) - Russia reacted.", "MOSCOW|(|Reuters|)|-|Russia|reacted|.")]
    [InlineData("The won’t-be readers’ club", "The|wo|n’t|-|be|readers|’|club")]
    public void SplitsLikeEwt(string text, string expected) => Assert.Equal(expected.Split('|'), Forms(text));

    [Fact]
    public void TokensKeepCharacterOffsets()
    {
        const string text = "  Don't\n\nstop.";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal([(2, 4), (4, 7), (9, 13), (13, 14)], tokens.Select(t => (t.Start, t.End)));
        Assert.Equal(LineBreak.Paragraph, tokens[2].Before);
    }
}
