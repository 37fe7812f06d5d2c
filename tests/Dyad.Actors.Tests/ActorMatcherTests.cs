using Dyad.Core.Time;

namespace Dyad.Actors.Tests;

public class ActorMatcherTests
{
    private static readonly ActorMatcher Small = new(ActorDictionary.Load([("small.tsv", new StringReader("""
        country	USA	United States|US
        country	TCD	Chad
        agent	GOV	spokesman
        agent	SPY	intelligence services
        igo	IGOWSTNAT	NATO|North Atlantic Treaty Organization
        armed	SOMREB	al-Shabaab
        person	GBRGOV	Theresa May	office=GBR PM	from=2016-07-13	to=2019-07-24
        """.Replace("        ", "")))]));

    private static string[] Found(string sentence) =>
        [.. Small.Match(sentence.Split(' ')).Select(m => string.Join(' ', sentence.Split(' ')[m.Start..m.End]))];

    [Fact]
    public void Longest_name_wins() => Assert.Equal(["North Atlantic Treaty Organization"], Found("the North Atlantic Treaty Organization met"));

    [Fact]
    public void Acronyms_match_only_themselves() => Assert.Equal(["US"], Found("the US told us"));

    [Fact]
    public void Capitalized_names_need_a_capital() => Assert.Equal(["Chad"], Found("Chad counted the chad"));

    [Fact]
    public void A_surname_that_is_a_word_is_not_listed_alone() => Assert.Empty(Found("May I ask whether it may rain in May"));

    [Fact]
    public void Lower_case_nouns_match_any_case() => Assert.Equal(["Spokesman", "spokesman"], Found("Spokesman and spokesman"));

    [Fact]
    public void Accents_and_apostrophes_are_folded()
    {
        var matcher = new ActorMatcher(ActorDictionary.Load([("f.tsv", new StringReader("metonym\tFRAGOV\tQuai d'Orsay|Elysee\n"))]));
        Assert.Equal(2, matcher.Match(["the", "Élysée", "and", "the", "Quai", "d’Orsay"]).Count);
    }

    [Fact]
    public void Hyphenated_names_match_split_or_whole()
    {
        Assert.Equal(["al-Shabaab"], Found("al-Shabaab attacked"));
        Assert.Equal(["al - Shabaab"], Found("al - Shabaab attacked"));
    }

    [Theory]
    [InlineData("Ansar El Sharia attacked")]
    [InlineData("Ansar el-Sharia attacked")]
    [InlineData("Ansar el - Sharia attacked")]
    public void The_arabic_article_may_be_spelled_either_way(string text)
    {
        var matcher = new ActorMatcher(ActorDictionary.Load([("p.tsv", new StringReader("armed\tLBYREB\tAnsar al-Sharia\n"))]));
        Assert.Equal(text.Split(' ').Length - 1, Assert.Single(matcher.Match(text.Split(' '))).End);
    }

    [Fact]
    public void Lemmas_let_plurals_match_singular_entries()
    {
        var match = Assert.Single(Small.Match(["two", "spokesmen", "said"], ["two", "spokesman", "say"]));
        Assert.Equal(1, match.Start);
    }

    [Fact]
    public void A_person_codes_by_the_date()
    {
        var match = Assert.Single(Small.Match(["Theresa", "May", "spoke"]));
        Assert.Equal("GBRGOV", match.CodeOn(PartialDate.Parse("2018-03"))?.Value);
        Assert.Null(match.CodeOn(PartialDate.Parse("2020")));
    }
}
