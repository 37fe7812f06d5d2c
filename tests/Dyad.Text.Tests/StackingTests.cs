using Dyad.Text.Conllu;
using Dyad.Text.Models;
using Dyad.Text.Parsing.Internals;
using Dyad.Text.Tagging;
using Dyad.Text.Training;

namespace Dyad.Text.Tests;

/// <summary>The right-to-left guide parser whose tree the main parser reads (stacking).</summary>
public class StackingTests
{
    // "The alliance expelled eight diplomats ." with heads to both sides.
    private const string Sentence =
        "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n2\talliance\talliance\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n3\texpelled\texpel\tVERB\tVBD\t_\t0\troot\t_\t_\n" +
        "4\teight\teight\tNUM\tCD\t_\t5\tnummod\t_\t_\n5\tdiplomats\tdiplomat\tNOUN\tNNS\t_\t3\tobj\t_\t_\n6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

    private static TreebankSentence Read(Dictionary<string, int> labels) =>
        new(ConlluReader.Read(new StringReader(Sentence)).Single(), new TagSet(), labels, grow: true);

    [Fact]
    public void AReversedSentenceKeepsItsTree()
    {
        var labels = new Dictionary<string, int>(StringComparer.Ordinal) { ["root"] = 0 };
        var s = Read(labels);
        var forward = ParserExample.Of(s, s.GoldTags);
        var reversed = forward.Reversed();
        // Word i is word 7 - i; "The" (1) → 6, its head "alliance" (2) → 5; the root keeps head 0.
        Assert.Equal(5, reversed.Heads[6]);
        Assert.Equal(0, reversed.Heads[4]);
        Assert.Equal(4, reversed.GoldHeads[2]);
        Assert.Equal("nsubj", reversed.GoldRelations[5]);
        Assert.Equal(forward.Input.Words[1], reversed.Input.Words[6]);
        Assert.Equal(forward.Input.Tags[5], reversed.Input.Tags[2]);
        Assert.Equal(forward.Input.Suffixes[3], reversed.Input.Suffixes[4]);
    }

    [Fact]
    public void AGuideKnowsEachWordsOutermostDependents()
    {
        var input = new ParserInput();
        var atoms = Enumerable.Range(0, 6).Select(i => WordAtoms.Of("w" + i)).ToArray();
        input.Set(atoms, new int[6]);
        Assert.False(input.HasGuide);
        int[] heads = [-1, 2, 3, 0, 5, 3, 3];
        input.SetGuide(heads, new int[7]);
        Assert.True(input.HasGuide);
        Assert.Equal((2, 6), (input.GuideLeftmost[3], input.GuideRightmost[3]));
        Assert.Equal((1, 2), (input.GuideLeftmost[2], input.GuideRightmost[2]));
        Assert.Equal((4, 4), (input.GuideLeftmost[4], input.GuideRightmost[4]));
        input.Set(atoms, new int[6]);
        Assert.False(input.HasGuide);
    }

    [Fact]
    public void TheGuideReadsRightToLeftAndAnswersLeftToRight()
    {
        string dir = Directory.CreateTempSubdirectory("dyad-guide-").FullName;
        try
        {
            string train = Path.Combine(dir, "train.conllu");
            string model = Path.Combine(dir, "tiny.model");
            File.WriteAllText(train, Sentence);
            var options = new TrainingOptions { TaggerEpochs = 10, ParserEpochs = 5, GuideEpochs = 10, TaggerRowBits = 10, ParserRowBits = 10, GuideRowBits = 10, JackknifeFolds = 1, PruneBelow = 0 };
            ParserTrainer.Train(train, train, model, options, TextWriter.Null);
            var loaded = LanguageModel.Load(model);
            var s = ConlluReader.Read(new StringReader(Sentence)).Single();
            var atoms = s.Words.Select(w => WordAtoms.Of(w.Form)).ToArray();
            var tags = new int[atoms.Length];
            loaded.Tagger.Tag(atoms, tags);
            var input = new ParserInput();
            input.Set(atoms, tags);
            new ReversedGuide(loaded.Guide!).Guide(input, new bool[atoms.Length + 1]);
            Assert.Equal(s.Words.Select(w => w.Head), input.GuideHeads[1..(atoms.Length + 1)]);
            Assert.Equal(s.Words.Select(w => w.Deprel), input.GuideLabels[1..(atoms.Length + 1)].Select(l => loaded.Parser.Labels[l]));
            // The main parser reads the guide: with it, each state has the guide's features besides its own.
            var state = new ParserState();
            state.Reset(atoms.Length);
            var features = new ulong[ParserFeatures.Max];
            int guided = ParserFeatures.Extract(state, input, features);
            // Guide dropout in training hides the guide from the parser: it then reads only its own templates.
            input.GuideHidden = true;
            int hidden = ParserFeatures.Extract(state, input, features);
            input.GuideHidden = false;
            input.Set(atoms, tags);
            int unguided = ParserFeatures.Extract(state, input, features);
            Assert.True(guided > unguided);
            Assert.Equal(unguided, hidden);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
