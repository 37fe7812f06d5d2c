namespace Dyad.Actors.Tests;

/// <summary>Words that are also place names must never be found as places in ordinary text.</summary>
public class PlaceStopWordTests
{
    public static TheoryData<string> Words() =>
    [
        "Bath", "Nice", "Reading", "Mobile", "Split", "Of", "Male", "Police", "Orange", "Hope",
        "Mercedes", "Obama", "Bar", "Sale", "Mission", "Union", "Independence", "Victory", "Liberty",
        "Enterprise", "Commerce", "Paradise", "Opportunity", "Normal", "Surprise", "Temple",
        "Deal", "Cork", "Goes", "Spa", "Best",
    ];

    [Theory]
    [MemberData(nameof(Words))]
    public void Word_is_not_a_place(string word)
    {
        // Capitalized as at the start of a sentence, where the case check cannot help.
        var matches = Defaults.Matcher.Match([word, "was", "mentioned", "in", "the", "report"]);
        Assert.DoesNotContain(matches, m => m.Start == 0 && m.Find(ActorKind.Place) is not null);
    }

    [Fact]
    public void Real_places_are_found_with_country_and_coordinates()
    {
        var match = Assert.Single(Defaults.Matcher.Match(["fighting", "near", "Mariupol"]));
        var place = match.Find(ActorKind.Place)!;
        Assert.Equal("UKR", place.Code!.Value.Value);
        Assert.InRange(place.Place!.Latitude, 47, 48);
        Assert.True(place.Place.Population > 100_000);
    }

    [Fact]
    public void A_capital_is_the_government_first_and_the_city_as_an_alternative()
    {
        var match = Assert.Single(Defaults.Matcher.Match(["Moscow", "said"]));
        Assert.Equal(ActorKind.Metonym, match.Kind);
        Assert.True(match.Find(ActorKind.Place)!.Place!.IsCapital);
    }
}
