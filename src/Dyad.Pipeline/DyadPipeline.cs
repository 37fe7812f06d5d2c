using System.Diagnostics;
using Dyad.Actors;
using Dyad.Coding.Actors;
using Dyad.Coding.Engine;
using Dyad.Coding.Grammar;
using Dyad.Coding.Patterns;
using Dyad.Core.Documents;
using Dyad.Core.Time;
using Dyad.Extraction;
using Dyad.Text;
using Dyad.Text.Models;

namespace Dyad.Pipeline;

/// <summary>
/// The stages composed: a source document in, its article and events out. Models and dictionaries
/// load once and are shared; <see cref="Process"/> is thread-safe.
/// </summary>
public sealed class DyadPipeline
{
    private readonly ArticleExtractor _extractor;
    private readonly TextAnalyzer? _analyzer;
    private readonly MentionFinder? _mentions;
    private readonly EventCoder? _coder;

    private DyadPipeline(ArticleExtractor extractor, TextAnalyzer? analyzer, MentionFinder? mentions, EventCoder? coder)
    {
        _extractor = extractor;
        _analyzer = analyzer;
        _mentions = mentions;
        _coder = coder;
    }

    /// <summary>
    /// Parser beam width for event coding: with the guided parser width 2 codes the PLOVER dev sentences as well as
    /// width 3 (type 78.5% against 78.5%, type and actors 60.3% against 61.2%) and keeps the whole pipeline above
    /// 2,000 sentences a second on one core, which width 3 no longer does (docs/figures.md).
    /// </summary>
    public const int DefaultParserBeam = 2;

    /// <summary>The whole pipeline with the shipped model, dictionaries and patterns.</summary>
    public static DyadPipeline Create(bool keepUnreal = false, int parserBeam = DefaultParserBeam) => new(
        new ArticleExtractor(),
        new TextAnalyzer(LanguageModel.LoadDefault().WithBeam(parserBeam)),
        new MentionFinder(new ActorMatcher(ActorDictionary.LoadDefault())),
        new EventCoder(PatternSet.Default) { KeepUnreal = keepUnreal });

    /// <summary>Only the extraction stage, for `dyad extract` (loads no model).</summary>
    public static DyadPipeline Extraction() => new(new ArticleExtractor(), null, null, null);

    public static IEnumerable<(string Name, string Value)> Components()
    {
        yield return ("parser model", LanguageModel.DefaultName);
        yield return ("event patterns", $"{PatternSet.Default.Patterns.Count} patterns, {PatternSet.Default.Patterns.Select(p => p.Cameo).Distinct().Count()} CAMEO codes");
        yield return ("actor dictionary", $"{ActorDictionary.LoadDefault().Entries.Count} entries");
    }

    public DocumentResult ExtractOnly(SourceDocument doc) => new(doc.Origin, Extract(doc), [], null);

    /// <summary>Time spent per stage so far.</summary>
    public StageTimings Timings { get; } = new();

    public DocumentResult Process(SourceDocument doc)
    {
        var (article, inputs) = Resolve(doc);
        long start = Stopwatch.GetTimestamp();
        var events = _coder!.Code(article, inputs);
        Timings.AddCode(start);
        return new DocumentResult(doc.Origin, article, events, null) { Sentences = inputs.Count, Source = doc };
    }

    /// <summary>Every noun phrase that stands for an actor, with its code and how it was found (for `dyad actors`).</summary>
    public IEnumerable<ResolvedMention> Actors(SourceDocument doc)
    {
        var (article, inputs) = Resolve(doc);
        return MentionReport.Of(article, inputs);
    }

    /// <summary>Extract, analyse and find the actor mentions of each sentence.</summary>
    private (Article, List<CodingInput>) Resolve(SourceDocument doc)
    {
        if (_analyzer is null || _mentions is null || _coder is null) throw new InvalidOperationException("this pipeline only extracts");
        var (article, analysis) = doc.Format == InputFormat.Conllu ? FromConllu(doc) : Analyse(doc);
        long start = Stopwatch.GetTimestamp();
        var date = article.Published ?? PartialDate.FromDate(DateOnly.FromDateTime(DateTime.UtcNow));
        var paragraphs = Paragraphs.StartsOf(article.Text);
        var inputs = new List<CodingInput>(analysis.SentenceCount);
        foreach (var sentence in analysis.Sentences)
        {
            var g = SentenceGraphs.From(sentence);
            inputs.Add(new CodingInput(g, _mentions.Find(g, date), Paragraphs.IndexOf(paragraphs, g.Offset)));
        }
        Timings.AddActors(start);
        return (article, inputs);
    }

    private (Article, Analysis) Analyse(SourceDocument doc)
    {
        long start = Stopwatch.GetTimestamp();
        var article = Extract(doc);
        Timings.AddExtract(start);
        start = Stopwatch.GetTimestamp();
        var analysis = _analyzer!.Analyze(article.Text);
        Timings.AddAnalyse(start);
        return (article, analysis);
    }

    private Article Extract(SourceDocument doc) => doc.Format == InputFormat.ArticleText
        ? new Article { Id = doc.Id, Title = doc.Title, Published = doc.Published, Url = doc.Url, Text = doc.Content }
        : _extractor.Extract(doc);

    /// <summary>CoNLL-U input keeps its tokenization; the article text is its sentences, one a line.</summary>
    private (Article, Analysis) FromConllu(SourceDocument doc)
    {
        List<Text.Conllu.ConlluSentence> sentences;
        try
        {
            sentences = Text.Conllu.ConlluReader.Read(new StringReader(doc.Content)).ToList();
        }
        catch (Text.Conllu.ConlluFormatException e)
        {
            throw new InputError($"{doc.Origin}:{e.LineNumber}", e.Message);
        }
        var analysis = _analyzer!.Analyze(sentences);
        return (new Article { Id = doc.Id, Published = doc.Published, Title = doc.Title, Url = doc.Url, Text = analysis.Text }, analysis);
    }
}
