using Dyad.Coding.Quantities;

namespace Dyad.Coding.Tests;

public class QuantityTests
{
    [Theory]
    [InlineData("eight", 8)]
    [InlineData("Seven", 7)]
    [InlineData("20", 20)]
    [InlineData("1,000", 1000)]
    [InlineData("twenty-one", 21)]
    public void ReadsOneToken(string token, long expected)
    {
        Assert.True(NumberWords.TryParse(token.AsSpan(), out var n));
        Assert.Equal(expected, n);
    }

    [Theory]
    [InlineData(new[] { "two", "hundred" }, 200)]
    [InlineData(new[] { "a", "dozen" }, 12)]
    [InlineData(new[] { "1.5", "million" }, 1_500_000)]
    [InlineData(new[] { "three", "thousand", "five", "hundred" }, 3500)]
    public void ReadsARunOfTokens(string[] tokens, long expected)
    {
        Assert.True(NumberWords.TryParse(tokens, out var n));
        Assert.Equal(expected, n);
    }

    [Fact]
    public void WordsThatAreNotNumbersAreRefused()
    {
        Assert.False(NumberWords.TryParse("diplomats".AsSpan(), out _));
        Assert.False(NumberWords.TryParse(["several", "hundred"], out _));
    }

    [Theory]
    [InlineData("halved the number of positions from 20 down to 10.", 20, 10)]
    [InlineData("reduced the size of the mission to 20 from 30 people.", 30, 20)]
    [InlineData("raised its troops from two to five battalions", 2, 5)]
    public void FindsChangesInEitherOrder(string text, long from, long to)
    {
        var c = QuantityChangeFinder.Find(text);
        Assert.NotNull(c);
        Assert.Equal((from, to), (c.Value.From, c.Value.To));
    }

    [Fact]
    public void NoChangeWithoutBothEnds() => Assert.Null(QuantityChangeFinder.Find("NATO expelled eight Russians from its headquarters."));
}
