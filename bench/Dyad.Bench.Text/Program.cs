using Dyad.Text.Conllu;
using Dyad.Text.Models;
using Dyad.Text.Training;

// Measurement harness for Dyad.Text; see docs/parser.md for the commands and figures.
return args switch
{
    ["train", var train, var dev, var output, ..] => Train(train, dev, output, args[4..]),
    ["annotate", var model, var input, var output] => Annotate(model, input, output),
    ["speed", var model, var input] => Speed(model, input),
    ["raw", var input] => RawText.Evaluate(input),
    ["split", var input] => Split(input),
    _ => Usage(),
};

static int Train(string train, string dev, string output, string[] options)
{
    var o = new TrainingOptions { ClustersPath = Path.Combine("data", "lexicon", "word-clusters.tsv") };
    for (int i = 0; i + 1 < options.Length; i += 2)
    {
        if (options[i] == "--clusters")
        {
            o = o with { ClustersPath = options[i + 1] == "none" ? null : options[i + 1] };
            continue;
        }
        int v = int.Parse(options[i + 1]);
        o = options[i] switch
        {
            "--tagger-epochs" => o with { TaggerEpochs = v },
            "--parser-epochs" => o with { ParserEpochs = v },
            "--folds" => o with { JackknifeFolds = v },
            "--parser-bits" => o with { ParserRowBits = v },
            "--tagger-bits" => o with { TaggerRowBits = v },
            "--beam" => o with { BeamWidth = v },
            "--seed" => o with { Seed = v },
            "--guide" => o with { Guide = v != 0 },
            "--guide-bits" => o with { GuideRowBits = v },
            "--guide-epochs" => o with { GuideEpochs = v },
            "--guide-dropout" => o with { GuideDropout = v / 100.0 }, // in percent
            _ => throw new ArgumentException(options[i]),
        };
    }
    // "-" trains without a dev set (as `dyad train-parser` without --dev): the last parser epoch is kept.
    ParserTrainer.Train(train, dev == "-" ? null : dev, output, o, Console.Out);
    return 0;
}

static int Annotate(string modelPath, string input, string output)
{
    var model = LanguageModel.Load(modelPath);
    var sentences = ConlluReader.ReadFile(input).ToList();
    foreach (var s in sentences)
    {
        model.Annotate(s);
    }
    using var writer = new StreamWriter(output);
    ConlluWriter.Write(writer, sentences);
    return 0;
}

// Single-threaded tagging + parsing throughput on gold-tokenized sentences, plus load time, memory and size.
static int Speed(string modelPath, string input)
{
    var clock = System.Diagnostics.Stopwatch.StartNew();
    var model = LanguageModel.Load(modelPath);
    double loadSeconds = clock.Elapsed.TotalSeconds;
    var sentences = ConlluReader.ReadFile(input).Select(s => s.Words.Select(w => w.Form).ToArray()).ToList();
    int tokens = sentences.Sum(s => s.Length);
    var analyzer = new Dyad.Text.TextAnalyzer(model);
    analyzer.Analyze(sentences);
    clock.Restart();
    int rounds = 0;
    while (clock.Elapsed.TotalSeconds < 10)
    {
        analyzer.Analyze(sentences);
        rounds++;
    }
    double seconds = clock.Elapsed.TotalSeconds;
    GC.Collect();
    Console.WriteLine($"model {new FileInfo(modelPath).Length / 1048576.0:F1} MB on disk, loaded in {loadSeconds:F2} s");
    Console.WriteLine($"{tokens * (double)rounds / seconds:F0} tokens/s on one thread (tag + lemmatize + parse, {rounds} x {tokens} tokens)");
    Console.WriteLine($"managed heap {GC.GetTotalMemory(true) / 1048576.0:F0} MB, working set {Environment.WorkingSet / 1048576.0:F0} MB");
    return 0;
}

// Prints the sentences of a raw text file, one per line, tokens separated by spaces: for eyeballing the splitter.
static int Split(string input)
{
    string text = File.ReadAllText(input);
    var tokens = Dyad.Text.Tokenization.Tokenizer.Tokenize(text);
    var starts = Dyad.Text.Tokenization.SentenceSplitter.Split(text, tokens);
    for (int s = 0; s < starts.Count; s++)
    {
        int end = s + 1 < starts.Count ? starts[s + 1] : tokens.Count;
        Console.WriteLine(string.Join(' ', tokens.Skip(starts[s]).Take(end - starts[s]).Select(t => text[t.Start..t.End])));
    }
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: Dyad.Bench.Text train TRAIN DEV|- OUT [--tagger-epochs N --parser-epochs N --folds N --parser-bits N --tagger-bits N --beam N --seed N --clusters FILE|none]");
    Console.Error.WriteLine("       Dyad.Bench.Text annotate MODEL IN.conllu OUT.conllu");
    Console.Error.WriteLine("       Dyad.Bench.Text speed MODEL IN.conllu");
    Console.Error.WriteLine("       Dyad.Bench.Text raw GOLD.conllu");
    Console.Error.WriteLine("       Dyad.Bench.Text split TEXT");
    return 2;
}
