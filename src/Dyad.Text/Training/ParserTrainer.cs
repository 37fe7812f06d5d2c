using System.Diagnostics;
using Dyad.Text.Conllu;
using Dyad.Text.Learning;
using Dyad.Text.Lemmatization;
using Dyad.Text.Models;
using Dyad.Text.Parsing;
using Dyad.Text.Parsing.Internals;
using Dyad.Text.Tagging;

namespace Dyad.Text.Training;

/// <summary>
/// Trains the tagger, guide parser, parser and lemmatizer from a UD treebank and writes one model file.
/// The tagger is trained first; the guide (greedy, on the sentences read right to left) learns on jackknifed
/// predicted tags; the parser then learns on jackknifed tags and jackknifed guide trees, with a beam and
/// max-violation updates (or greedily with the dynamic oracle when the beam width is 1); after each
/// epoch both parsers are scored on the dev set and their best epochs are kept.
/// </summary>
public static class ParserTrainer
{
    public static TrainingReport Train(string trainConllu, string? devConllu, string outputModelPath, TrainingOptions options, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var tags = new TagSet();
        var labels = new Dictionary<string, int>(StringComparer.Ordinal) { ["root"] = 0 };
        var train = ConlluReader.ReadFile(trainConllu).Select(s => new TreebankSentence(s, tags, labels, grow: true)).ToList();
        var dev = devConllu is null ? [] : ConlluReader.ReadFile(devConllu).Select(s => new TreebankSentence(s, tags, labels, grow: false)).ToList();
        string[] labelNames = labels.OrderBy(l => l.Value).Select(l => string.Intern(l.Key)).ToArray();
        log.WriteLine($"train: {train.Count} sentences, {train.Sum(s => s.Count)} words; dev: {dev.Count} sentences; {tags.Count} tags, {labelNames.Length} relations");

        var clusters = options.ClustersPath is null ? WordClusters.None : WordClusters.Read(options.ClustersPath);
        foreach (var s in train.Concat(dev))
        {
            clusters.Annotate(s.Atoms);
        }
        log.WriteLine($"word clusters: {clusters.Packed.Count} words ({options.ClustersPath ?? "none"})");

        var tagger = TrainTagger(train, dev, tags, clusters, options, log, "tagger");
        var trainTags = options.JackknifeFolds > 1 ? Jackknife(train, tags, clusters, options, log) : train.Select(s => s.GoldTags).ToArray();
        var devTags = dev.Select(s => TagAll(tagger, s)).ToArray();

        var lemmatizer = new Lemmatizer(LearnLemmaExceptions(train.Select(s => s.Source)));
        var trainExamples = train.Select((s, i) => ParserExample.Of(s, trainTags[i])).ToList();
        var devExamples = dev.Select((s, i) => ParserExample.Of(s, devTags[i])).ToList();
        DependencyParser? guide = null;
        if (options.Guide)
        {
            var guideOptions = options with { BeamWidth = 1, ParserEpochs = options.GuideEpochs, ParserRowBits = options.GuideRowBits };
            var reversed = trainExamples.Select(e => e.Reversed()).ToList();
            guide = TrainParser(reversed, devExamples.Select(e => e.Reversed()).ToList(), labelNames, guideOptions, log, "guide");
            GuideTrainingSentences(trainExamples, reversed, guide, labelNames, guideOptions, tags, log);
            var devGuide = new ReversedGuide(guide);
            foreach (var e in devExamples)
            {
                devGuide.Guide(e.Input, IsPunct(e.Input, tags));
            }
        }
        var parser = TrainParser(trainExamples, devExamples, labelNames, options, log, "parser");
        var model = new LanguageModel(tagger, guide, parser, lemmatizer);
        model.Save(outputModelPath);

        var report = dev.Count > 0 ? Evaluate(model, dev.Select(s => s.Source).ToList()) : new Scores(0, 0, 0, 0);
        log.WriteLine($"dev: UPOS {report.Upos:P2}  UAS {report.Uas:P2}  LAS {report.Las:P2}  ({report.Words} words)");
        log.WriteLine($"wrote {outputModelPath} ({new FileInfo(outputModelPath).Length / 1024.0 / 1024.0:F1} MB) in {clock.Elapsed.TotalMinutes:F1} min");
        return new TrainingReport(report, clock.Elapsed);
    }

    /// <summary>UPOS, UAS and LAS as conllu_eval.py computes them (punctuation included, relation subtypes ignored), as fractions.</summary>
    public static Scores Evaluate(LanguageModel model, IReadOnlyList<ConlluSentence> gold)
    {
        int words = 0, upos = 0, uas = 0, las = 0;
        foreach (var g in gold)
        {
            var forms = g.Words.Select(w => w.Form).ToArray();
            var parse = new SentenceParse(forms.Length);
            model.Annotate(forms, parse);
            for (int i = 0; i < forms.Length; i++)
            {
                var w = g.Words[i];
                words++;
                upos += parse.Upos[i] == w.Upos ? 1 : 0;
                if (parse.Heads[i] + 1 == w.Head)
                {
                    uas++;
                    las += Universal(parse.Relations[i]).SequenceEqual(Universal(w.Deprel)) ? 1 : 0;
                }
            }
        }
        return new Scores(words, Fraction(upos, words), Fraction(uas, words), Fraction(las, words));
    }

    private static ReadOnlySpan<char> Universal(string relation)
    {
        int colon = relation.IndexOf(':');
        return colon < 0 ? relation : relation.AsSpan(0, colon);
    }

    private static double Percent(int part, int whole) => 100 * Fraction(part, whole);

    private static double Fraction(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static PosTagger TrainTagger(IReadOnlyList<TreebankSentence> train, IReadOnlyList<TreebankSentence> dev, TagSet tags, WordClusters clusters, TrainingOptions options, TextWriter? log, string name)
    {
        var perceptron = new AveragedPerceptron(options.TaggerRowBits, tags.Count);
        var dictionary = TagDictionary.Build(train.SelectMany(s => s.Atoms.Zip(s.GoldTags, (a, t) => (a.Lower, t))));
        foreach (var s in train)
        {
            dictionary.Annotate(s.Atoms);
        }
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Max];
        var scores = new float[perceptron.Current.RowStride];
        var predicted = new int[256];
        PosTagger result = null!;
        for (int epoch = 1; epoch <= options.TaggerEpochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            random.Shuffle(order);
            int correct = 0, total = 0;
            foreach (int index in order)
            {
                var s = train[index];
                if (predicted.Length < s.Count)
                {
                    predicted = new int[s.Count * 2];
                }
                correct += TrainPass(perceptron, s, predicted, features, scores, tags.Count);
                total += s.Count;
            }
            bool last = epoch == options.TaggerEpochs;
            if (log is null && !last)
            {
                continue;
            }
            result = new PosTagger(tags, dictionary, clusters, perceptron.Averaged(last ? options.PruneBelow : 0f));
            if (log is not null)
            {
                string devScore = dev.Count > 0 ? $", dev UPOS {UposAccuracy(result, dev):F2}%" : "";
                log.WriteLine($"{name} epoch {epoch}: train {Percent(correct, total):F2}%{devScore} ({clock.Elapsed.TotalSeconds:F1} s)");
            }
        }
        return result;
    }

    /// <summary>One greedy pass over a sentence with perceptron updates; returns the number of correct tags.</summary>
    private static int TrainPass(AveragedPerceptron perceptron, TreebankSentence s, int[] predicted, Span<ulong> features, float[] scores, int tagCount)
    {
        int correct = 0;
        for (int i = 0; i < s.Count; i++)
        {
            int n = TaggerFeatures.Extract(s.Atoms, i, predicted, features);
            perceptron.Current.Score(features[..n], scores);
            int guess = PosTagger.ArgMax(scores.AsSpan(0, tagCount));
            perceptron.Update(features[..n], s.GoldTags[i], guess);
            perceptron.Tick();
            // Greedy history: later words see the tags the tagger actually predicted, as at run time.
            predicted[i] = guess;
            correct += guess == s.GoldTags[i] ? 1 : 0;
        }
        return correct;
    }

    private static double UposAccuracy(PosTagger tagger, IReadOnlyList<TreebankSentence> sentences)
    {
        int correct = 0, total = 0;
        foreach (var s in sentences)
        {
            var t = TagAll(tagger, s);
            for (int i = 0; i < s.Count; i++)
            {
                correct += tagger.Tags.Upos(t[i]) == s.Source.Words[i].Upos ? 1 : 0;
                total++;
            }
        }
        return Percent(correct, total);
    }

    private static int[] TagAll(PosTagger tagger, TreebankSentence s)
    {
        var t = new int[s.Count];
        tagger.Tag(s.Atoms, t);
        return t;
    }

    /// <summary>Tags each fold with a tagger trained on the other folds.</summary>
    private static int[][] Jackknife(IReadOnlyList<TreebankSentence> train, TagSet tags, WordClusters clusters, TrainingOptions options, TextWriter log)
    {
        var result = new int[train.Count][];
        int k = options.JackknifeFolds;
        for (int fold = 0; fold < k; fold++)
        {
            var rest = train.Where((_, i) => i % k != fold).ToList();
            var tagger = TrainTagger(rest, [], tags, clusters, options, null, $"fold {fold + 1}");
            int correct = 0, total = 0;
            for (int i = fold; i < train.Count; i += k)
            {
                result[i] = TagAll(tagger, train[i]);
                correct += result[i].Zip(train[i].GoldTags, (a, b) => a == b ? 1 : 0).Sum();
                total += train[i].Count;
            }
            log.WriteLine($"jackknife fold {fold + 1}/{k}: held-out tag accuracy {Percent(correct, total):F2}%");
        }
        return result;
    }

    private static DependencyParser TrainParser(IReadOnlyList<ParserExample> train, IReadOnlyList<ParserExample> dev, string[] labelNames,
        TrainingOptions options, TextWriter? log, string name)
    {
        var system = new ArcEager(labelNames.Length, 0);
        var perceptron = new AveragedPerceptron(options.ParserRowBits, system.ActionCount);
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var state = new ParserState();
        var features = new ulong[ParserFeatures.Max];
        var scores = new float[perceptron.Current.RowStride];
        var valid = new bool[system.ActionCount];
        var costs = new int[system.ActionCount];
        var beam = options.BeamWidth > 1 ? new BeamSearch(system, options.BeamWidth) : null;
        DependencyParser? best = null;
        double bestLas = -1;
        for (int epoch = 1; epoch <= options.ParserEpochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            random.Shuffle(order);
            long steps = 0, errors = 0;
            foreach (int index in order)
            {
                var s = train[index];
                var input = s.Input;
                input.GuideHidden = input.HasGuide && random.NextDouble() < options.GuideDropout;
                if (beam is not null)
                {
                    beam.Train(perceptron, input, s.Heads, s.Labels);
                    input.GuideHidden = false;
                    perceptron.Tick();
                    continue;
                }
                state.Reset(s.Count);
                while (!state.IsTerminal)
                {
                    int n = ParserFeatures.Extract(state, input, features);
                    var f = features.AsSpan(0, n);
                    perceptron.Current.Score(f, scores);
                    system.Valid(state, valid);
                    system.Costs(state, s.Heads, s.Labels, costs);
                    int guess = DependencyParser.BestValid(scores, valid);
                    int gold = BestZeroCost(scores, valid, costs);
                    if (costs[guess] > costs[gold])
                    {
                        perceptron.Update(f, gold, guess);
                        errors++;
                    }
                    perceptron.Tick();
                    steps++;
                    // Exploration: after the first epoch, often continue from the model's own mistake.
                    bool explore = epoch > 1 && random.NextDouble() < options.Exploration;
                    system.Apply(state, explore ? guess : gold);
                }
                input.GuideHidden = false;
            }
            var candidate = new DependencyParser(labelNames, perceptron.Averaged(), options.BeamWidth);
            string devScore = "";
            if (dev.Count > 0)
            {
                var (uas, las) = ParseAccuracy(candidate, dev);
                devScore = $", dev UAS {uas:F2}% LAS {las:F2}%";
                if (las > bestLas)
                {
                    bestLas = las;
                    best = candidate;
                }
            }
            else
            {
                best = candidate;
            }
            string trainScore = beam is null ? $"train action errors {Percent((int)errors, (int)steps):F2}%" : $"beam {options.BeamWidth}";
            log?.WriteLine($"{name} epoch {epoch}: {trainScore}{devScore} ({clock.Elapsed.TotalSeconds:F1} s)");
        }
        // Prune the chosen epoch's weights (kept unpruned while comparing epochs).
        var chosen = best!.Weights.Weights;
        for (int i = 0; i < chosen.Length; i++)
        {
            if (Math.Abs(chosen[i]) < options.PruneBelow)
            {
                chosen[i] = 0f;
            }
        }
        return best;
    }

    private static int BestZeroCost(ReadOnlySpan<float> scores, ReadOnlySpan<bool> valid, ReadOnlySpan<int> costs)
    {
        int minCost = int.MaxValue;
        for (int a = 0; a < valid.Length; a++)
        {
            if (valid[a] && costs[a] < minCost)
            {
                minCost = costs[a];
            }
        }
        int best = -1;
        for (int a = 0; a < valid.Length; a++)
        {
            if (valid[a] && costs[a] == minCost && (best < 0 || scores[a] > scores[best]))
            {
                best = a;
            }
        }
        return best;
    }

    private static (double Uas, double Las) ParseAccuracy(DependencyParser parser, IReadOnlyList<ParserExample> dev)
    {
        var search = parser.CreateSearch();
        int total = 0, uas = 0, las = 0;
        foreach (var s in dev)
        {
            var heads = new int[s.Count + 1];
            var labels = new int[s.Count + 1];
            var punct = new bool[s.Count + 1];
            parser.Parse(search, s.Input, heads, labels, punct);
            for (int i = 1; i <= s.Count; i++)
            {
                total++;
                if (heads[i] == s.GoldHeads[i])
                {
                    uas++;
                    las += Universal(parser.Labels[labels[i]]).SequenceEqual(Universal(s.GoldRelations[i])) ? 1 : 0;
                }
            }
        }
        return (Percent(uas, total), Percent(las, total));
    }

    /// <summary>Which words of a sentence the parser will read as punctuation, indexed like the state.</summary>
    private static bool[] IsPunct(ParserInput input, TagSet tags)
    {
        var punct = new bool[input.Count + 1];
        for (int i = 1; i <= input.Count; i++) punct[i] = tags.IsPunct(input.Tags[i]);
        return punct;
    }

    /// <summary>
    /// Gives each training sentence its guide parse from a guide trained on the other folds, so that the parser learns
    /// how far to trust the guide on sentences it did not learn from; with one fold, from <paramref name="guide"/>.
    /// </summary>
    private static void GuideTrainingSentences(List<ParserExample> train, List<ParserExample> reversed, DependencyParser guide, string[] labelNames, TrainingOptions guideOptions, TagSet tags, TextWriter log)
    {
        int k = guideOptions.JackknifeFolds;
        for (int fold = 0; fold < Math.Max(k, 1); fold++)
        {
            var held = k <= 1 ? guide : TrainParser(reversed.Where((_, i) => i % k != fold).ToList(), [], labelNames, guideOptions, null, "guide");
            var reader = new ReversedGuide(held);
            int correct = 0, total = 0;
            for (int i = fold; i < train.Count; i += Math.Max(k, 1))
            {
                var e = train[i];
                reader.Guide(e.Input, IsPunct(e.Input, tags));
                for (int w = 1; w <= e.Count; w++) correct += e.Input.GuideHeads[w] == e.GoldHeads[w] ? 1 : 0;
                total += e.Count;
            }
            if (k > 1) log.WriteLine($"jackknife fold {fold + 1}/{k}: held-out guide UAS {Percent(correct, total):F2}%");
        }
    }

    /// <summary>
    /// Learns the forms the suffix rules get wrong: for each (lower-cased form, UPOS) the treebank's most
    /// frequent lemma is kept when the rules miss it for any occurrence.
    /// </summary>
    private static Dictionary<(string, string), string> LearnLemmaExceptions(IEnumerable<ConlluSentence> sentences)
    {
        var counts = new Dictionary<(string Form, string Upos), Dictionary<string, int>>();
        var ruleMisses = new HashSet<(string, string)>();
        foreach (var w in sentences.SelectMany(s => s.Words))
        {
            if (w.Upos == "PROPN" || w.Lemma == "_")
            {
                continue;
            }
            var key = (w.Form.ToLowerInvariant(), w.Upos);
            if (!counts.TryGetValue(key, out var lemmas))
            {
                counts[key] = lemmas = [];
            }
            lemmas[w.Lemma] = lemmas.GetValueOrDefault(w.Lemma) + 1;
            if (Lemmatizer.Rules(key.Item1, w.Xpos) != w.Lemma)
            {
                ruleMisses.Add(key);
            }
        }
        return ruleMisses.ToDictionary(k => k, k => counts[k].MaxBy(l => l.Value).Key);
    }
}

/// <summary>Accuracy figures as fractions (0.9477 = 94.77%) over <see cref="Words"/> syntactic words, as conllu_eval.py counts them.</summary>
public readonly record struct Scores(int Words, double Upos, double Uas, double Las);

/// <summary>Outcome of a training run: dev scores of the saved model and the wall time.</summary>
public readonly record struct TrainingReport(Scores Dev, TimeSpan Elapsed);
