using Dyad.Core.Time;

namespace Dyad.Extraction.Tests;

public class TextPageTests
{
    private static readonly ArticleExtractor Extractor = new();

    private static readonly string[] ArticleParagraphs =
    [
        "The government of Valmora said on March 4 that it would recall its ambassadors from two neighbouring states after talks on a disputed border section broke down without agreement.",
        "Foreign Minister Ana Delgado told reporters in the capital that the decision was \"a necessary signal\" and that the envoys would return for consultations within a week.",
        "“We have negotiated in good faith for eleven months, and our partners have chosen to walk away from the table,” Delgado said.",
        "The neighbouring governments did not immediately respond to requests for comment, but a spokesman for one of them accused Valmora of \"theatre\" in remarks carried by state television.",
        "The dispute concerns a 40-kilometre stretch of river that both sides have claimed since a treaty signed in 1952 left the boundary undefined.",
    ];

    [Fact]
    public void SavedPageKeepsEveryParagraphAndNoBoilerplate()
    {
        var a = Extractor.Extract(Fixture.Text(Fixture.Read("saved-page.txt")));
        var paragraphs = Fixture.Paragraphs(a.Text);
        Assert.Equal(ArticleParagraphs, paragraphs.Where(p => !p.StartsWith("Reporting by", StringComparison.Ordinal)));
        foreach (var boiler in new[] { "Skip to main content", "Top Stories", "(file photo)", "4x3 Image", "Valmora Daily Wire brings", "Council Votes To Recall" })
            Assert.DoesNotContain(boiler, a.Text, StringComparison.Ordinal);
        Assert.Equal("Council Votes To Recall Envoys After Border Talks Collapse", a.Title);
        Assert.Equal("en", a.Language);
    }

    [Fact]
    public void PlainArticleComesThroughUnchanged()
    {
        string text = string.Join("\n\n", ArticleParagraphs);
        var a = Extractor.Extract(Fixture.Text(text));
        Assert.Equal(text, a.Text);
        Assert.Equal(text, Extractor.Extract(Fixture.Text(text.Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n")).Text);
    }

    [Theory]
    [InlineData("Russia hosted Japan.", "Russia hosted Japan.")]
    [InlineData("Home | World | Sport\nRussia hosted Japan.\nShare this", "Russia hosted Japan.")]
    [InlineData("Home | World | Sport\nShare this", "")]
    public void ATextOfShortLinesKeepsItsSentences(string text, string expected) =>
        Assert.Equal(expected, Extractor.Extract(Fixture.Text(text)).Text);

    [Fact]
    public void HardWrappedParagraphsStayWhole()
    {
        string text = "The government of Valmora said on March 4 that it would recall its\nambassadors from two neighbouring states after talks broke down.\n\n" +
                      "Foreign Minister Ana Delgado told reporters in the capital that the\ndecision was a necessary signal to both of the neighbouring states.";
        Assert.Equal(text, Extractor.Extract(Fixture.Text(text)).Text);
    }

    [Fact]
    public void LinkListsSocialLinesAndLabelsAfterTheArticleGo()
    {
        string page = string.Join("\n", ArticleParagraphs) + "\n-\nStorm closes ports along the coast as officials warn of floods\n-\n" +
                      "Election commission announces a date for by-elections\nAlso Read: Minister resigns over procurement row\n" +
                      "Follow us on social media\nFacebook: @valmorawire\nTwitter: @valmorawire\nLeave a Reply\nListen | Print | Share";
        var a = Extractor.Extract(Fixture.Text(page));
        Assert.Equal(ArticleParagraphs, Fixture.Paragraphs(a.Text));
    }

    [Fact]
    public void CookieNoticeBeforeTheArticleGoes()
    {
        string page = "We use cookies to give you the best experience on our website. By continuing you agree to our use of cookies.\nAccept\nManage settings\n\n" +
                      string.Join("\n\n", ArticleParagraphs);
        Assert.Equal(ArticleParagraphs, Fixture.Paragraphs(Extractor.Extract(Fixture.Text(page)).Text));
    }

    [Fact]
    public void HeadingInsideTheArticleStays()
    {
        string page = $"{ArticleParagraphs[0]}\n\n{ArticleParagraphs[1]}\n\nA river without a border\n\n{ArticleParagraphs[2]}";
        Assert.Contains("\n\nA river without a border\n\n", Extractor.Extract(Fixture.Text(page)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void LeadingDateStampBecomesThePublicationDate()
    {
        var a = Extractor.Extract(Fixture.Text(" date 2021-10-07 " + string.Join("\n\n", ArticleParagraphs)));
        Assert.Equal(new PartialDate(2021, 10, 7), a.Published);
        Assert.StartsWith("The government of Valmora", a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void DatelineAndBylineAboveTheArticleAreMetadata()
    {
        string page = "Council recalls envoys after border talks collapse\nBy Lena Ortiz  2 hours ago\nMarch 4, 2024 10:15\n" + string.Join("\n", ArticleParagraphs);
        var a = Extractor.Extract(Fixture.Text(page));
        Assert.Equal(new PartialDate(2024, 3, 4), a.Published);
        Assert.Equal("Lena Ortiz", a.Byline);
        Assert.Equal(ArticleParagraphs, Fixture.Paragraphs(a.Text));
    }

    [Fact]
    public void CaptionDateIsNotThePublicationDate()
    {
        string page = "Council recalls envoys after border talks collapse\nPeople wait at the border crossing near Valmora, Jan. 15, 2022. (Reuters Photo)\n" + string.Join("\n", ArticleParagraphs);
        var a = Extractor.Extract(Fixture.Text(page));
        Assert.Null(a.Published);
        Assert.Equal(ArticleParagraphs, Fixture.Paragraphs(a.Text));
    }

    [Fact]
    public void PageCutOffMidSentenceKeepsItsLastLine()
    {
        string page = string.Join("\n\n", ArticleParagraphs) + "\n\nLast week, two days before the vote, the commission";
        Assert.EndsWith("the commission", Extractor.Extract(Fixture.Text(page)).Text, StringComparison.Ordinal);
    }
}
