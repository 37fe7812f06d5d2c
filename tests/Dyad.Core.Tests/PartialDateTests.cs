using Dyad.Core.Time;

namespace Dyad.Core.Tests;

public class PartialDateTests
{
    [Theory]
    [InlineData("2014", DatePrecision.Year, "2014-01-01", "2014-12-31")]
    [InlineData("2021-04", DatePrecision.Month, "2021-04-01", "2021-04-30")]
    [InlineData("2024-02", DatePrecision.Month, "2024-02-01", "2024-02-29")]
    [InlineData("2021-10-06", DatePrecision.Day, "2021-10-06", "2021-10-06")]
    [InlineData("2021-10-06T08:30:00Z", DatePrecision.Day, "2021-10-06", "2021-10-06")]
    public void ParsesKeepingPrecision(string text, DatePrecision precision, string start, string end)
    {
        var d = PartialDate.Parse(text);
        Assert.Equal(precision, d.Precision);
        Assert.Equal(DateOnly.Parse(start), d.Start);
        Assert.Equal(DateOnly.Parse(end), d.End);
        Assert.Equal(text[..Math.Min(10, text.Length)], d.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("21")]
    [InlineData("2021-13")]
    [InlineData("2021-02-30")]
    [InlineData("2021/10/06")]
    [InlineData("October 2021")]
    public void RejectsWhatIsNotADate(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
        Assert.Throws<FormatException>(() => PartialDate.Parse(text));
    }

    [Fact]
    public void OrdersByYearThenMonthThenDay()
    {
        Assert.True(new PartialDate(2014) < new PartialDate(2014, 3));
        Assert.True(new PartialDate(2014, 3) < new PartialDate(2014, 3, 1));
        Assert.True(new PartialDate(2018, 12, 31) < new PartialDate(2021));
    }

    [Fact]
    public void ADayMustExist() => Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(2023, 2, 29));
}
