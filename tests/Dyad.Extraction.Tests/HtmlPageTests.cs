using Dyad.Core.Time;

namespace Dyad.Extraction.Tests;

public class HtmlPageTests
{
    private static readonly ArticleExtractor Extractor = new();

    [Fact]
    public void ArticleBodyKeepsParagraphsAndHeadingsInOrder()
    {
        var a = Extractor.Extract(Fixture.Html(Fixture.Read("article.html")));
        var paragraphs = Fixture.Paragraphs(a.Text);
        Assert.Equal(6, paragraphs.Length);
        Assert.StartsWith("The government of Valmora said on Monday", paragraphs[0], StringComparison.Ordinal);
        Assert.Equal("Eleven months of talks", paragraphs[2]);
        Assert.EndsWith("left the boundary undefined.", paragraphs[5], StringComparison.Ordinal);
    }

    [Fact]
    public void BoilerplateIsLeftOut()
    {
        string text = Extractor.Extract(Fixture.Html(Fixture.Read("article.html"))).Text;
        foreach (var boiler in new[] { "Home", "Share on Facebook", "Photo: Wire staff", "Advertisement", "Read more", "Sign up", "frankly", "Most read", "All rights reserved", "Council recalls envoys" })
            Assert.DoesNotContain(boiler, text, StringComparison.Ordinal);
    }

    [Fact]
    public void MetadataComesFromTheHead()
    {
        var a = Extractor.Extract(Fixture.Html(Fixture.Read("article.html")));
        Assert.Equal("Council recalls envoys after talks collapse", a.Title);
        Assert.Equal(new PartialDate(2024, 3, 4), a.Published); // published, not modified; the publisher's day
        Assert.Equal("Lena Ortiz", a.Byline);
        Assert.Equal("Valmora Daily Wire", a.SiteName);
        Assert.Equal("en", a.Language);
        Assert.Equal("https://wire.example.org/world/2024/03/04/council-recalls-envoys", a.Url);
    }

    [Fact]
    public void CallersMetadataWins()
    {
        var doc = Fixture.Html(Fixture.Read("article.html")) with
        {
            Title = "Given title", Published = new PartialDate(2024, 3, 5), Url = "https://given.example/x",
        };
        var a = Extractor.Extract(doc);
        Assert.Equal("Given title", a.Title);
        Assert.Equal(new PartialDate(2024, 3, 5), a.Published);
        Assert.Equal("https://given.example/x", a.Url);
    }

    [Theory]
    [InlineData("<meta property=\"article:published_time\" content=\"2019-11-19T10:00:00Z\">", "", "2019-11-19")]
    [InlineData("<meta name=\"pubdate\" content=\"20191119\">", "", "2019-11-19")]
    [InlineData("", "<time class=\"published\" datetime=\"2019-11-19T23:30:00-08:00\">Nov 19</time>", "2019-11-19")]
    [InlineData("<link rel=\"canonical\" href=\"https://news.example/2019/11/19/story\">", "", "2019-11-19")]
    [InlineData("", "<p class=\"date\">Published: November 19, 2019</p>", "2019-11-19")]
    [InlineData("<meta property=\"article:modified_time\" content=\"2020-01-01\">", "", null)]
    public void PublicationDateSources(string head, string top, string? expected)
    {
        string body = "<p>" + string.Concat(Enumerable.Repeat("The council met on Tuesday and agreed to recall its envoys, officials said. ", 4)) + "</p>";
        var a = Extractor.Extract(Fixture.Html($"<html><head>{head}</head><body><article>{top}{body}</article></body></html>"));
        Assert.Equal(expected, a.Published?.ToString());
    }

    [Fact]
    public void TitleLosesItsSiteSuffix()
    {
        var a = Extractor.Extract(Fixture.Html("<html><head><title>Storm closes ports along the coast - The Harbour Times</title></head><body><p>Short.</p></body></html>"));
        Assert.Equal("Storm closes ports along the coast", a.Title);
    }

    [Fact]
    public void OldStyleBreaksSeparateParagraphs()
    {
        string para = "The council met on Tuesday and agreed to recall its envoys, officials said, after the talks failed.";
        var a = Extractor.Extract(Fixture.Html($"<html><body><td>{para}<br><br>{para.Replace("Tuesday", "Friday", StringComparison.Ordinal)}</td></body></html>"));
        Assert.Equal(2, Fixture.Paragraphs(a.Text).Length);
    }

    [Fact]
    public void LayoutWrapperWithFurnitureNameIsStillRead()
    {
        // Whole-page wrappers named "ad-margins" or "paywall" hold the article; only small furniture is dropped by name.
        string para = "<p>The council met on Tuesday and agreed to recall its envoys, officials said, after the talks failed.</p>";
        var a = Extractor.Extract(Fixture.Html($"<html><body><div class=\"page-ad-margins paywall\"><article>{para}{para}{para}</article></div></body></html>"));
        Assert.Equal(3, Fixture.Paragraphs(a.Text).Length);
    }
}
