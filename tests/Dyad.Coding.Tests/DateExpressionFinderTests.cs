using Dyad.Coding.Time;
using Dyad.Core.Time;

namespace Dyad.Coding.Tests;

public class DateExpressionFinderTests
{
    private static readonly PartialDate Published = new(2021, 10, 7); // a Thursday

    private static TemporalExpression One(string text, PartialDate? lastSet = null) =>
        Assert.Single(DateExpressionFinder.Find(text, Published, lastSet));

    [Theory]
    [InlineData("NATO announced on October 6 that", "2021-10-06", TemporalKind.Anchored)]
    [InlineData("The talks on Oct. 5, 2020 failed.", "2020-10-05", TemporalKind.Explicit)]
    [InlineData("It happened on 5 October 2019.", "2019-10-05", TemporalKind.Explicit)]
    [InlineData("Russia annexed Crimea in 2014 and", "2014", TemporalKind.Explicit)]
    [InlineData("revelations emerged in April about", "2021-04", TemporalKind.Anchored)]
    [InlineData("an election in December angered", "2020-12", TemporalKind.Anchored)]
    [InlineData("in March 2022, troops", "2022-03", TemporalKind.Explicit)]
    [InlineData("Ministers met on Tuesday.", "2021-10-05", TemporalKind.Anchored)]
    [InlineData("Ministers met on Thursday.", "2021-10-07", TemporalKind.Anchored)]
    [InlineData("Police said yesterday", "2021-10-06", TemporalKind.Relative)]
    [InlineData("NATO invited Russia more than 18 months ago", "2020-04", TemporalKind.Relative)]
    [InlineData("two years ago", "2019", TemporalKind.Relative)]
    [InlineData("last month", "2021-09", TemporalKind.Relative)]
    [InlineData("dated 2021-10-06 in the file", "2021-10-06", TemporalKind.Explicit)]
    public void ResolvesAgainstThePublicationDate(string text, string expected, TemporalKind kind)
    {
        var e = One(text);
        Assert.Equal(PartialDate.Parse(expected), e.Date);
        Assert.Equal(kind, e.Kind);
    }

    [Fact]
    public void AtTheTimeRepeatsTheLastDateSet()
    {
        var found = DateExpressionFinder.Find("In 2018, seven diplomats were expelled. At the time, NATO cut the mission.", Published);
        Assert.Equal(2, found.Count);
        Assert.Equal(new PartialDate(2018), found[1].Date);
        Assert.Equal(TemporalKind.Anaphoric, found[1].Kind);
    }

    [Theory]
    [InlineData("The dispute was settled on June 22, 1965. Ties were normalized that year.", "1965")]
    [InlineData("The talks began on June 22, 1965. A deal followed later that month.", "1965-06")]
    [InlineData("The talks began on June 22, 1965. A deal was signed the same day.", "1965-06-22")]
    public void ThatYearTakesTheYearOfTheLastDateSet(string text, string expected)
    {
        var found = DateExpressionFinder.Find(text, Published);
        Assert.Equal(2, found.Count);
        Assert.Equal((PartialDate.Parse(expected), TemporalKind.Anaphoric), (found[1].Date, found[1].Kind));
    }

    [Theory]
    [InlineData("from 20 down to 10")]
    [InlineData("The 30-member alliance")]
    [InlineData("a May Day rally")]
    [InlineData("positions that Russia can accredit")]
    [InlineData("about 2000 people")]
    public void IgnoresNumbersThatAreNotDates(string text) => Assert.Empty(DateExpressionFinder.Find(text, Published));

    [Fact]
    public void OffsetsPointAtTheWords()
    {
        const string text = "Peskov on October 7 accused NATO.";
        var e = One(text);
        Assert.Equal("October 7", text[e.Start..e.End]);
    }

    [Fact]
    public void WithoutPublicationDateOnlyExplicitDatesResolve()
    {
        Assert.Empty(DateExpressionFinder.Find("They met on Tuesday and yesterday.", null));
        Assert.Single(DateExpressionFinder.Find("They met in 2014.", null));
    }
}
