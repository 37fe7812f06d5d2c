using Dyad.Text.Conllu;
using Dyad.Text.Models;
using Dyad.Text.Tagging;
using Dyad.Text.Training;

namespace Dyad.Text.Tests;

public class TrainingTests
{
    // A tiny hand-written treebank: the trainer must learn to reproduce it.
    private const string Treebank =
        "1\tNATO\tNATO\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\texpelled\texpel\tVERB\tVBD\t_\t0\troot\t_\t_\n3\tdiplomats\tdiplomat\tNOUN\tNNS\t_\t2\tobj\t_\t_\n4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n" +
        "1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\tcriticised\tcriticise\tVERB\tVBD\t_\t0\troot\t_\t_\n3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n4\tdecision\tdecision\tNOUN\tNN\t_\t2\tobj\t_\t_\n5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n" +
        "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n2\talliance\talliance\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n3\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n4\tnothing\tnothing\tPRON\tNN\t_\t3\tobj\t_\t_\n5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

    private const string Clusters = "# word TAB coarse TAB middle TAB fine\nnato\t1\t2\t3\nrussia\t1\t2\t3\nexpelled\t0\t5\t9\ncriticised\t0\t5\t9\n";

    [Theory]
    [InlineData(1, false, true)]
    [InlineData(4, false, true)]
    [InlineData(4, true, true)]
    [InlineData(4, true, false)]
    public void LearnsATinyTreebank(int beamWidth, bool withClusters, bool withGuide)
    {
        string dir = Directory.CreateTempSubdirectory("dyad-text-").FullName;
        try
        {
            string train = Path.Combine(dir, "train.conllu");
            string model = Path.Combine(dir, "tiny.model");
            string clusters = Path.Combine(dir, "clusters.tsv");
            File.WriteAllText(train, Treebank);
            File.WriteAllText(clusters, Clusters);
            var options = new TrainingOptions { TaggerEpochs = 10, ParserEpochs = 10, TaggerRowBits = 10, ParserRowBits = 10, GuideRowBits = 10,
                JackknifeFolds = 1, PruneBelow = 0, BeamWidth = beamWidth, ClustersPath = withClusters ? clusters : null, Guide = withGuide };
            var report = ParserTrainer.Train(train, train, model, options, TextWriter.Null);

            Assert.Equal(1.0, report.Dev.Upos);
            Assert.Equal(1.0, report.Dev.Las);
            var loaded = LanguageModel.Load(model);
            Assert.Equal(withClusters ? 4 : 0, loaded.Tagger.Clusters.Packed.Count);
            Assert.Equal(withGuide, loaded.Guide is not null);
            var gold = ConlluReader.Read(new StringReader(Treebank)).ToList();
            Assert.Equal(report.Dev, ParserTrainer.Evaluate(loaded, gold));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void ClustersAreReadIntoTheirThreeLevels()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, Clusters);
            var words = new[] { WordAtoms.Of("Russia"), WordAtoms.Of("unknownword") };
            WordClusters.Read(path).Annotate(words);
            Assert.Equal((2UL, 3UL, 4UL), (words[0].ClusterCoarse, words[0].ClusterMiddle, words[0].ClusterFine));
            Assert.Equal((0UL, 0UL, 0UL), (words[1].ClusterCoarse, words[1].ClusterMiddle, words[1].ClusterFine));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AMalformedClusterLineNamesTheFileAndLine()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "# header\nnato\t1\t2\n");
            var e = Assert.Throws<InvalidDataException>(() => WordClusters.Read(path));
            Assert.Contains($"{path}:2:", e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
