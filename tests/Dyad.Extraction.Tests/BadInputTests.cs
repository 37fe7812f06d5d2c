using System.Diagnostics;
using System.Text;
using Dyad.Core.Documents;

namespace Dyad.Extraction.Tests;

public class BadInputTests
{
    private static readonly ArticleExtractor Extractor = new();

    [Fact]
    public void BinaryContentIsAnInputError()
    {
        string binary = "\u0089PNG\r\n\u001a\n\0\0\0\rIHDR" + new string('\u0001', 100);
        var e = Assert.Throws<InputError>(() => Extractor.Extract(Fixture.Html(binary, "image.png")));
        Assert.Equal("image.png", e.Origin);
        Assert.Throws<InputError>(() => Extractor.Extract(Fixture.Text(new string('\uFFFD', 500) + "abc")));
    }

    [Fact]
    public void OtherFormatsAreAnInputError() =>
        Assert.Throws<InputError>(() => Extractor.Extract(new SourceDocument { Id = "x", Origin = "x", Format = InputFormat.Conllu, Content = "1\tword" }));

    [Fact]
    public void TruncatedHtmlStillGivesItsText()
    {
        string para = "The council met on Tuesday and agreed to recall its envoys, officials said, after the talks failed.";
        var a = Extractor.Extract(Fixture.Html($"<html><head><title>T</title></head><body><div><p>{para}</p><p>{para}<a href=\"/x\" cla"));
        Assert.StartsWith(para, a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TenMegabytesOfNestedDivsIsRefusedQuickly()
    {
        var sb = new StringBuilder();
        while (sb.Length < 10_000_000) sb.Append("<div>");
        sb.Append("<p>The council met on Tuesday and agreed to recall its envoys, officials said, after the talks failed.</p>");
        var sw = Stopwatch.StartNew();
        var e = Assert.Throws<InputError>(() => Extractor.Extract(Fixture.Html(sb.ToString(), "deep.html")));
        Assert.Contains("nested", e.Problem, StringComparison.Ordinal);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(5), $"took {sw.Elapsed}");
    }

    [Fact]
    public void DeepButPlausibleNestingIsRead()
    {
        string html = string.Concat(Enumerable.Repeat("<div>", 1500)) +
                      "<p>The council met on Tuesday and agreed to recall its envoys, officials said, after the talks failed.</p>";
        Assert.Contains("recall its envoys", Extractor.Extract(Fixture.Html(html)).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n ")]
    [InlineData("<html><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><footer>© 2024</footer></body></html>")]
    [InlineData("<html><head><title>Login</title></head><body><form><input name=\"user\"><button>Sign in</button></form></body></html>")]
    public void PageWithoutArticleGivesEmptyText(string html) =>
        Assert.Equal("", Extractor.Extract(Fixture.Html(html)).Text);

    [Theory]
    [InlineData("")]
    [InlineData("Home\nWorld\nPolitics\nLog in")]
    public void TextPageWithoutArticleGivesEmptyText(string text) =>
        Assert.Equal("", Extractor.Extract(Fixture.Text(text)).Text);

    [Fact]
    public void BrokenJsonLdIsIgnored()
    {
        string para = "<p>The council met on Tuesday and agreed to recall its envoys, officials said, after the talks failed.</p>";
        var a = Extractor.Extract(Fixture.Html($"<html><head><script type=\"application/ld+json\">{{\"@type\": \"NewsArticle\", \"datePub</script></head><body>{para}</body></html>"));
        Assert.Contains("recall its envoys", a.Text, StringComparison.Ordinal);
    }
}
