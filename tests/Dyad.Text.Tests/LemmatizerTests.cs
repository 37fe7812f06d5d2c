using Dyad.Text.Lemmatization;

namespace Dyad.Text.Tests;

public class LemmatizerTests
{
    private static readonly Lemmatizer Rules = new(new Dictionary<(string, string), string> { [("went", "VERB")] = "go" });

    [Theory]
    [InlineData("diplomats", "NOUN", "NNS", "diplomat")]
    [InlineData("countries", "NOUN", "NNS", "country")]
    [InlineData("churches", "NOUN", "NNS", "church")]
    [InlineData("expelled", "VERB", "VBD", "expel")]
    [InlineData("stopped", "VERB", "VBD", "stop")]
    [InlineData("tried", "VERB", "VBD", "try")]
    [InlineData("making", "VERB", "VBG", "make")]
    [InlineData("running", "VERB", "VBG", "run")]
    [InlineData("used", "VERB", "VBN", "use")]
    [InlineData("says", "VERB", "VBZ", "say")]
    [InlineData("imposed", "VERB", "VBD", "impose")]
    [InlineData("imposing", "VERB", "VBG", "impose")]
    [InlineData("caused", "VERB", "VBN", "cause")]
    [InlineData("refused", "VERB", "VBD", "refuse")]
    [InlineData("released", "VERB", "VBD", "release")]
    [InlineData("pledged", "VERB", "VBD", "pledge")]
    [InlineData("vetoed", "VERB", "VBD", "veto")]
    [InlineData("visited", "VERB", "VBD", "visit")]
    [InlineData("shelled", "VERB", "VBD", "shell")]
    [InlineData("condemns", "VERB", "VBZ", "condemn")]
    [InlineData("agreed", "VERB", "VBD", "agree")]
    [InlineData("staged", "VERB", "VBD", "stage")]
    [InlineData("retook", "VERB", "VBD", "retake")]
    [InlineData("overran", "VERB", "VBD", "overrun")]
    [InlineData("retook", "VERB", "VBP", "retake")]
    [InlineData("found", "VERB", "VBP", "found")]
    [InlineData("staging", "VERB", "VBG", "stage")]
    [InlineData("scared", "VERB", "VBN", "scare")]
    [InlineData("waged", "VERB", "VBD", "wage")]
    [InlineData("hopping", "VERB", "VBG", "hop")]
    [InlineData("targeted", "VERB", "VBD", "target")]
    [InlineData("opened", "VERB", "VBD", "open")]
    [InlineData("bigger", "ADJ", "JJR", "big")]
    [InlineData("went", "VERB", "VBD", "go")]
    [InlineData("The", "DET", "DT", "the")]
    [InlineData("NATO", "PROPN", "NNP", "NATO")]
    public void Lemmatizes(string form, string upos, string xpos, string lemma) => Assert.Equal(lemma, Rules.Lemmatize(form, upos, xpos));

    [Fact]
    public void ShippedModelKnowsIrregularForms()
    {
        var lemmatizer = Models.LanguageModel.LoadDefault().Lemmatizer;
        Assert.Equal("be", lemmatizer.Lemmatize("was", "AUX", "VBD"));
        Assert.Equal("man", lemmatizer.Lemmatize("men", "NOUN", "NNS"));
        Assert.Equal("not", lemmatizer.Lemmatize("n't", "PART", "RB"));
    }
}
