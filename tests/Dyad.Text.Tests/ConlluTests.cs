using Dyad.Text.Conllu;

namespace Dyad.Text.Tests;

public class ConlluTests
{
    private const string Sample =
        "# sent_id = 1\n# text = I don't.\n" +
        "1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n" +
        "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "2\tdo\tdo\tAUX\tVBP\t_\t0\troot\t_\t_\n" +
        "3\tn't\tnot\tPART\tRB\t_\t2\tadvmod\t_\tSpaceAfter=No\n" +
        "3.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t_\t_\n" +
        "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

    [Fact]
    public void RoundTripKeepsMultiwordAndEmptyNodeLines()
    {
        var sentences = ConlluReader.Read(new StringReader(Sample)).ToList();
        Assert.Single(sentences);
        Assert.Equal(4, sentences[0].Words.Count);
        Assert.Equal("I don't.", sentences[0].Text);
        var writer = new StringWriter();
        ConlluWriter.Write(writer, sentences);
        Assert.Equal(Sample, writer.ToString());
    }

    [Theory]
    [InlineData("1\tI\tI\tPRON\n", 1)]
    [InlineData("# c\n1\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n3\tx\tx\tX\tX\t_\t1\tdep\t_\t_\n", 3)]
    [InlineData("1\tI\tI\tPRON\tPRP\t_\thead\troot\t_\t_\n", 1)]
    [InlineData("1\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n\n1\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n2-x\tI\t_\t_\t_\t_\t_\t_\t_\t_\n", 4)]
    public void MalformedLinesReportTheLineNumber(string text, int line)
    {
        var e = Assert.Throws<ConlluFormatException>(() => ConlluReader.Read(new StringReader(text)).ToList());
        Assert.Equal(line, e.LineNumber);
        Assert.Contains($"line {line}", e.Message);
    }

    [Fact]
    public void AnnotateFillsEveryColumnAndKeepsTokenization()
    {
        var sentence = ConlluSentence.FromForms(["NATO", "expelled", "eight", "Russian", "diplomats", "."]);
        Models.LanguageModel.LoadDefault().Annotate(sentence);
        Assert.All(sentence.Words, w => Assert.NotEqual("_", w.Upos));
        Assert.Single(sentence.Words, w => w.Head == 0);
        Assert.Equal("expel", sentence.Words[1].Lemma);
    }
}
