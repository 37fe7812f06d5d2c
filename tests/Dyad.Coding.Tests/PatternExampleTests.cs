using Dyad.Coding.Patterns;
using Dyad.Core.Documents;
using Dyad.Core.Time;
using Dyad.Pipeline;

namespace Dyad.Coding.Tests;

/// <summary>Every hand-written pattern's example sentence, coded through the whole pipeline, must produce its code.</summary>
public class PatternExampleTests
{
    private static readonly DyadPipeline Pipeline = DyadPipeline.Create(keepUnreal: true);

    public static TheoryData<string> PatternIds()
    {
        var data = new TheoryData<string>();
        foreach (var p in PatternSet.Default.Patterns) data.Add(p.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(PatternIds))]
    public void ExampleIsCodedByItsPattern(string id)
    {
        var p = PatternSet.Default.Patterns.Single(x => x.Id == id);
        var doc = new SourceDocument { Id = id, Origin = p.Origin, Format = InputFormat.ArticleText, Content = p.Example!, Published = new PartialDate(2024, 6, 5) };
        var events = Pipeline.Process(doc).Events;
        Assert.True(events.Any(e => e.Rule == p.Id || e.Cameo == p.Cameo),
            $"{p.Origin}: \"{p.Example}\" gave {(events.Count == 0 ? "no event" : string.Join(", ", events.Select(e => $"{e.Rule} {e.Cameo} {e.Source.Code}->{e.Target.Code}")))}");
    }
}
