namespace Dyad.Extraction.Tests;

public class LanguageAndThreadingTests
{
    private static readonly ArticleExtractor Extractor = new();

    [Theory]
    [InlineData("The minister said on Tuesday that the government would not change its position on the treaty.", "en")]
    [InlineData("Le ministre a déclaré mardi que le gouvernement ne changerait pas sa position sur le traité.", "fr")]
    [InlineData("Der Minister sagte am Dienstag, dass die Regierung ihre Haltung zu dem Vertrag nicht ändern werde.", "de")]
    [InlineData("El ministro dijo el martes que el gobierno no cambiará su posición sobre el tratado con los vecinos.", "es")]
    [InlineData("Министр заявил во вторник, что правительство не изменит свою позицию по договору.", "ru")]
    [InlineData("وقال الوزير يوم الثلاثاء إن الحكومة لن تغير موقفها من المعاهدة.", "ar")]
    public void UndeclaredLanguageIsDetected(string text, string expected) =>
        Assert.Equal(expected, Extractor.Extract(Fixture.Text(text)).Language);

    [Fact]
    public void OneExtractorServesManyThreads()
    {
        string html = Fixture.Read("article.html");
        string expected = Extractor.Extract(Fixture.Html(html)).Text;
        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = Extractor.Extract(Fixture.Html(html)).Text);
        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
