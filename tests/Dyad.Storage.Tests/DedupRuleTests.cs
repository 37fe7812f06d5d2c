using Dyad.Core.Time;
using Dyad.Storage.Dedup;

namespace Dyad.Storage.Tests;

public class DedupRuleTests
{
    private static ReportFacts Facts(string? date, long? count = null, string? country = null, double? lat = null, double? lon = null, string key = "IGOWSTNAT|RUS|16|asserted") =>
        new(key, date is null ? null : PartialDate.Parse(date), count, country, lat, lon, "doc", "host");

    [Theory]
    [InlineData("2018", "2018-03-05", true)]        // a year contains the day
    [InlineData("2018-03", "2018-03-31", true)]
    [InlineData("2018-03-05", "2018-03-06", true)]  // a day apart: time zones, "yesterday"
    [InlineData("2018-03-05", "2018-03-08", false)] // three days apart
    [InlineData("2018-03-05", "2018-03-12", false)] // a week apart: two expulsions
    [InlineData("2017", "2018-01-05", false)]
    [InlineData("2018-02", "2018-03-01", true)]     // end of February and 1 March touch
    [InlineData("2018-02", "2018-03-05", false)]
    public void Dates_are_compatible_within_their_precision(string a, string b, bool compatible)
    {
        Assert.Equal(compatible, DedupRule.Compatible(Facts(a), Facts(b)));
        Assert.Equal(compatible, DedupRule.Compatible(Facts(b), Facts(a)));
    }

    [Fact]
    public void Undated_reports_match_nothing() => Assert.False(DedupRule.Compatible(Facts(null), Facts(null)));

    [Theory]
    [InlineData(8L, 8L, true)]
    [InlineData(8L, null, true)]
    [InlineData(100L, 95L, true)]
    [InlineData(8L, 9L, false)]
    [InlineData(8L, 40L, false)]
    public void Counts_agree_within_ten_percent(long? a, long? b, bool compatible) =>
        Assert.Equal(compatible, DedupRule.Compatible(Facts("2021-10-06", a), Facts("2021-10-06", b)));

    [Fact]
    public void Places_must_share_a_country_and_lie_close()
    {
        Assert.True(DedupRule.Compatible(Facts("2021", country: "BEL", lat: 50.85, lon: 4.35), Facts("2021", country: "BEL", lat: 50.88, lon: 4.47)));
        Assert.True(DedupRule.Compatible(Facts("2021", country: "BEL"), Facts("2021")));
        Assert.False(DedupRule.Compatible(Facts("2021", country: "BEL"), Facts("2021", country: "FRA")));
        Assert.False(DedupRule.Compatible(Facts("2021", country: "BEL", lat: 50.85, lon: 4.35), Facts("2021", country: "BEL", lat: 51.22, lon: 2.93)));
    }

    [Fact]
    public void Key_must_match() =>
        Assert.False(DedupRule.Compatible(Facts("2021", key: "USA|RUS|16|asserted"), Facts("2021", key: "USA|RUS|16|negated")));

    [Fact]
    public void A_vague_report_cannot_chain_two_events()
    {
        var set = new ClusterSet();
        long year = set.Place(Facts("2018"), 1);
        long march = set.Place(Facts("2018-03-05"), 2);
        long july = set.Place(Facts("2018-07-01"), 3);
        Assert.Equal(year, march);
        Assert.NotEqual(march, july);
    }
}
