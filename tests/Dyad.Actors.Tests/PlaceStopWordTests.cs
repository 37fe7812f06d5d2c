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
        // Names or bare names of first-level regions (regions.tsv)
        "Central", "North", "South", "East", "West", "Eastern", "Western", "Northern", "Southern",
        "Midlands", "Delta", "Plateau", "Rivers", "Lakes", "Unity", "Littoral", "Oriental", "Mono",
        "Meta", "Sahel", "Centre", "Nord", "Est", "Sud", "Ouest", "Bay", "Van", "Saga", "Chin",
        "Red", "Sea", "Grad", "Lori", "Cesar",
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

    private const string Regions = "gazetteer/regions.tsv";

    private static ActorMatch Whole(string text)
    {
        string[] tokens = Defaults.Tokens(text);
        return Assert.Single(Defaults.Matcher.Match(tokens), m => m.Start == 0 && m.Length == tokens.Length);
    }

    public static TheoryData<string, string, double, double, double, double> RegionsWithin() => new()
    {
        // name, country, latitude and longitude bounds the region's centre must lie in
        { "Texas", "USA", 26, 36.5, -106.6, -93.5 },
        { "New York state", "USA", 40.4, 45.1, -79.8, -71.8 },
        { "Bavaria", "DEU", 47.2, 50.6, 8.9, 13.9 },
        { "Donetsk Oblast", "UKR", 46.8, 49.3, 36.5, 39 },
        { "Donetsk region", "UKR", 46.8, 49.3, 36.5, 39 },
        { "Kursk region", "RUS", 50.8, 52.5, 34, 38.5 },
        { "Idlib province", "SYR", 35.2, 36.7, 35.9, 37.1 },
        { "Idlib Governorate", "SYR", 35.2, 36.7, 35.9, 37.1 },
        { "Kurdistan Region", "IRQ", 34.5, 37.4, 42.3, 46.3 },
        { "Punjab province", "PAK", 27.7, 34.1, 69.3, 75.4 },
        { "Punjab state", "IND", 29.5, 32.6, 73.8, 77 },
        { "Xinjiang", "CHN", 34, 49, 73, 96 },
        { "Tigray", "ETH", 12.2, 14.9, 36.4, 40 },
        { "North Kivu", "COD", -2, 1, 27.2, 29.9 },
        { "Darfur", "SDN", 9, 20, 22, 27.5 },
        { "South Darfur", "SDN", 8.5, 13.5, 23, 27.5 },
        { "Borno State", "NGA", 10, 13.8, 11.5, 14.7 },
        { "Helmand province", "AFG", 29.8, 32.6, 61.6, 65.2 },
        { "Crimea", "UKR", 44.3, 46.3, 32.4, 36.7 },
    };

    [Theory]
    [MemberData(nameof(RegionsWithin))]
    public void Regions_are_places_of_their_country_with_coordinates(string name, string country, double latMin, double latMax, double lonMin, double lonMax)
    {
        var match = Whole(name);
        // A region that countries.overrides.tsv names (Tigray, Darfur) stays that region actor and gains coordinates.
        Assert.Equal(country, match.Entry.Code!.Value.Value);
        var place = match.Find(ActorKind.Place)!;
        Assert.Equal(country, place.Code!.Value.Value);
        Assert.InRange(place.Place!.Latitude, latMin, latMax);
        Assert.InRange(place.Place.Longitude, lonMin, lonMax);
    }

    [Theory]
    [InlineData("Georgia", ActorKind.Country, "GEO")]
    [InlineData("Washington", ActorKind.Metonym, "USAGOV")]
    [InlineData("Victoria", ActorKind.Metonym, "SYCGOV")]
    [InlineData("Niger", ActorKind.Country, "NER")]
    [InlineData("Somali", ActorKind.Demonym, "SOM")]
    [InlineData("Mexico", ActorKind.Country, "MEX")]
    public void A_country_or_capital_never_becomes_a_region(string name, ActorKind kind, string code)
    {
        var match = Whole(name);
        Assert.Equal((kind, code), (match.Kind, match.Entry.Code!.Value.Value));
        Assert.DoesNotContain(match.Entries, e => e.Source.StartsWith(Regions, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Donetsk", "UKR")]
    [InlineData("Idlib", "SYR")]
    [InlineData("Kherson", "UKR")]
    [InlineData("Lagos", "NGA")]
    [InlineData("New York", "USA")]
    public void A_city_keeps_its_name_and_its_region_is_named_apart(string name, string country)
    {
        var place = Whole(name).Find(ActorKind.Place)!;
        Assert.Equal(country, place.Code!.Value.Value);
        Assert.StartsWith("gazetteer/places.tsv", place.Source, StringComparison.Ordinal);
        Assert.DoesNotContain(Whole(name).Entries, e => e.Source.StartsWith(Regions, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Punjab")] // India's and Pakistan's
    [InlineData("Eastern Province")] // Saudi Arabia's, Sri Lanka's, Zambia's...
    [InlineData("Northern District")] // Israel's, and US federal courts'
    [InlineData("Red Sea")] // Sudan's and Egypt's, and the sea
    [InlineData("Ohio State")] // a university; US states have no "X State" forms
    public void A_name_of_no_one_region_is_no_region(string name)
    {
        string[] tokens = Defaults.Tokens(name);
        Assert.DoesNotContain(Defaults.Matcher.Match(tokens), m => m.Length == tokens.Length
            && m.Entries.Any(e => e.Source.StartsWith(Regions, StringComparison.Ordinal)));
    }

    [Fact]
    public void Moscow_region_is_the_oblast_around_the_city()
    {
        var place = Whole("Moscow region").Find(ActorKind.Place)!;
        Assert.Equal("Moscow Oblast", place.Name);
    }
}
