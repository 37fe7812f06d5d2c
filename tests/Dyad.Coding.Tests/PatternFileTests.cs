using Dyad.Coding.Patterns;
using Dyad.Core.Ontology;

namespace Dyad.Coding.Tests;

public class PatternFileTests
{
    [Fact]
    public void ThePatternFilesLoadAndCoverEveryRootAndAtLeast150Codes()
    {
        var set = PatternSet.Default;
        var codes = set.Patterns.Select(p => p.Cameo.Value).ToHashSet();
        Assert.True(codes.Count >= 150, $"{codes.Count} CAMEO codes covered");
        for (int root = 1; root <= 20; root++)
            Assert.Contains(codes, c => c.StartsWith(root.ToString("D2"), StringComparison.Ordinal));
    }

    [Fact]
    public void NoTwoPatternsAreTheSameRuleWithDifferentCodes()
    {
        var seen = new Dictionary<string, EventPattern>();
        foreach (var p in PatternSet.Default.Patterns)
        foreach (var t in p.Triggers)
        {
            var key = $"{(p.IsNoun ? "n" : "v")}:{t}+{string.Join("|", (p.ObjectNouns ?? new HashSet<string>()).Order())}@{p.ObjectClass}#{string.Join("|", (p.ComplementModals ?? new HashSet<string>()).Order())}~{p.ComplementClass}>{string.Join('|', p.Target)}";
            if (seen.TryGetValue(key, out var other))
                Assert.Fail($"{p.Origin} ({p.Id}, {p.Cameo}) repeats {other.Origin} ({other.Id}, {other.Cameo}): the second can never fire");
            seen[key] = p;
        }
    }

    [Fact]
    public void PloverRefinementsUseKnownTypes()
    {
        string[] types = ["AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "CONCEDE", "INVESTIGATE"];
        foreach (var p in PatternSet.Default.Patterns)
            if (p.Plover is { } pl) Assert.Contains(pl.Type, types);
    }

    [Theory]
    [InlineData("x\t161\tv:expel\t-", "expected 5 tab-separated columns")]
    [InlineData("x\t999\tv:expel\t-\tNATO expelled them.", "999 is not a CAMEO code")]
    [InlineData("x\t161\texpel\t-\tNATO expelled them.", "must start with v: or n:")]
    [InlineData("x\t161\tv:expel\tobj=NOPE\tNATO expelled them.", "unknown word class NOPE")]
    [InlineData("x\t161\tv:expel\tT=obj|sideways\tNATO expelled them.", "unknown role 'sideways'")]
    [InlineData("x\t161\tn:expulsion\t-\tThe expulsion.", "needs a target")]
    public void BadLinesAreRefusedWithTheLine(string line, string problem)
    {
        var e = Assert.Throws<FormatException>(() => PatternSet.Load(new StringReader("# header\n" + line), "p.tsv", new StringReader("DIPLOMAT\tdiplomat\n"), "c.tsv"));
        Assert.Contains("p.tsv:2", e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IntentCodesExistInTheCodebook()
    {
        foreach (var p in PatternSet.Default.Patterns)
        foreach (var governor in new[] { "agree", "threaten" })
            if (Dyad.Coding.Engine.IntentCodes.For(p.Cameo, governor) is { } code)
                Assert.True(Cameo.Instance.Contains(code.Value), $"{code} for {p.Cameo}");
    }

    [Theory]
    [InlineData("161", "will", "161")]
    [InlineData("163", "will", "163")]
    [InlineData("163", "threaten", "1312")]
    [InlineData("163", "plan", "1312")]
    [InlineData("191", "will", "138")]
    [InlineData("046", "will", "036")]
    [InlineData("190", "prepare", "150")]
    [InlineData("194", "ready", "138")]
    [InlineData("190", "prepared", "138")]
    [InlineData("140", "prepare", "133")]
    public void AnAnnouncedSanctionIsTheSanctionAnnouncedForceAThreatAndReadiedForceAMobilisation(string act, string governor, string coded) =>
        Assert.Equal(coded, (Dyad.Coding.Engine.IntentCodes.Readied(new CameoCode(act), governor) ?? Dyad.Coding.Engine.IntentCodes.For(new CameoCode(act), governor) ?? new CameoCode(act)).Value);
}
