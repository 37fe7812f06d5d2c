using Dyad.Core.Ontology;

namespace Dyad.Core.Tests;

public class CameoTests
{
    [Fact]
    public void CodebookHasEveryRootAndKnownValues()
    {
        var cameo = Cameo.Instance;
        for (int root = 1; root <= 20; root++) Assert.True(cameo.Contains(root.ToString("D2")), $"root {root:D2}");
        var expel = cameo[new CameoCode("166")];
        Assert.Equal("Expel or withdraw", expel.Name);
        Assert.Equal(-7.0, expel.Goldstein);
        Assert.Equal(-10.0, cameo[new CameoCode("195")].Goldstein);
        Assert.True(cameo.EventTypes.Count > 290);
    }

    [Theory]
    [InlineData("161", "SANCTION", "withdraw", "diplomatic")]
    [InlineData("166", "SANCTION", "expel", "diplomatic")]
    [InlineData("111", "ACCUSE", "disapprove", null)]
    [InlineData("0841", "RETREAT", "release", "legal")]
    public void PloverFromTheConversionTable(string code, string type, string? mode, string? context)
    {
        var p = Cameo.Instance.Plover(new CameoCode(code));
        Assert.Equal(new PloverCoding(type, mode, context), p);
    }

    [Theory]
    [InlineData("036", 1)]
    [InlineData("057", 1)]
    [InlineData("0841", 2)]
    [InlineData("111", 3)]
    [InlineData("166", 4)]
    [InlineData("195", 4)]
    public void QuadClassFollowsTheRoot(string code, int quad) => Assert.Equal(quad, new CameoCode(code).QuadClass);

    [Fact]
    public void QuotedCsvFieldsWithCommasAndNewlines()
    {
        var rows = CsvRows.Read(new StringReader("a,\"b, c\",\"say \"\"hi\"\"\nnext\"\n1,2,3")).ToList();
        Assert.Equal(["a", "b, c", "say \"hi\"\nnext"], rows[0]);
        Assert.Equal(["1", "2", "3"], rows[1]);
    }
}
