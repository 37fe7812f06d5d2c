using System.CommandLine;
using Dyad.Text.Models;
using Dyad.Text.Training;

namespace Dyad.Cli.Commands;

/// <summary>`dyad train-parser`: reproduce the tagger and parser model from a Universal Dependencies treebank.</summary>
public static class TrainParserCommand
{
    public static Command Create(CliContext ctx)
    {
        var train = new Option<string>("--train") { Description = "Training treebank (CoNLL-U), e.g. en_ewt-ud-train.conllu", Required = true };
        var dev = new Option<string?>("--dev") { Description = "Development treebank for per-epoch scores" };
        var output = new Option<string>("--output", "-o") { Description = "Model file to write", DefaultValueFactory = _ => Path.Combine("data", "models", LanguageModel.DefaultName) };
        var defaults = new TrainingOptions();
        var taggerEpochs = new Option<int>("--tagger-epochs") { Description = "Passes over the treebank for the tagger", DefaultValueFactory = _ => defaults.TaggerEpochs };
        var parserEpochs = new Option<int>("--parser-epochs") { Description = "Passes over the treebank for the parser", DefaultValueFactory = _ => defaults.ParserEpochs };
        var seed = new Option<int>("--seed") { Description = "Random seed (training is repeatable for a given seed)", DefaultValueFactory = _ => defaults.Seed };
        var clusters = new Option<string>("--clusters") { Description = "Word-cluster file whose clusters the model learns from and carries", DefaultValueFactory = _ => Path.Combine("data", "lexicon", "word-clusters.tsv") };
        var cmd = new Command("train-parser", "Train the POS tagger and dependency parser from a UD treebank and write the model file") { train, dev, output, taggerEpochs, parserEpochs, seed, clusters };
        cmd.SetAction(r =>
        {
            var trainPath = r.GetValue(train)!;
            var devPath = r.GetValue(dev);
            var clustersPath = r.GetValue(clusters)!;
            foreach (var p in new[] { trainPath, devPath, clustersPath })
                if (p is not null && !File.Exists(p)) { ctx.Err.WriteLine($"dyad: {p}: no such file"); return ExitCodes.SomeInputsFailed; }
            var options = defaults with { TaggerEpochs = r.GetValue(taggerEpochs), ParserEpochs = r.GetValue(parserEpochs), Seed = r.GetValue(seed), ClustersPath = clustersPath };
            var report = ParserTrainer.Train(trainPath, devPath, r.GetValue(output)!, options, ctx.Err);
            ctx.Out.WriteLine($"wrote {r.GetValue(output)} in {report.Elapsed.TotalMinutes:0.0} min; dev UPOS {report.Dev.Upos:P2} UAS {report.Dev.Uas:P2} LAS {report.Dev.Las:P2}");
            return ExitCodes.Success;
        });
        return cmd;
    }
}
