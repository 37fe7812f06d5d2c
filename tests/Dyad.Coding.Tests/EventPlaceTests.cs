using Dyad.Actors;
using Dyad.Coding.Actors;
using Dyad.Coding.Engine;
using Dyad.Core.Time;

namespace Dyad.Coding.Tests;

/// <summary>Event locations from the shipped gazetteer: cities, and first-level regions (regions.tsv).</summary>
public class EventPlaceTests
{
    private static readonly MentionFinder Mentions = new(new ActorMatcher(ActorDictionary.LoadDefault()));

    // "Russian forces shelled villages in/near <place> ." with the place's last token as the obl head.
    private static string Sentence(string place)
    {
        string[] words = place.Split(' ');
        int head = 5 + words.Length;
        var tokens = new List<string>
        {
            "Russian/Russian/ADJ/2/amod", "forces/force/NOUN/3/nsubj", "shelled/shell/VERB/0/root",
            "villages/village/NOUN/3/obj", $"in/in/ADP/{head}/case",
        };
        for (int i = 0; i < words.Length; i++)
            tokens.Add(i == words.Length - 1 ? $"{words[i]}/{words[i]}/PROPN/3/obl" : $"{words[i]}/{words[i]}/PROPN/{head}/compound");
        tokens.Add("././PUNCT/3/punct");
        return string.Join(' ', tokens);
    }

    [Theory]
    [InlineData("Mariupol", "UKR", 46.5, 47.5, 37, 38)]
    [InlineData("Donetsk", "UKR", 47.7, 48.3, 37.5, 38.1)]
    [InlineData("Donetsk region", "UKR", 46.8, 49.3, 36.5, 39)]
    [InlineData("Kursk Oblast", "RUS", 50.8, 52.5, 34, 38.5)]
    [InlineData("Idlib province", "SYR", 35.2, 36.7, 35.9, 37.1)]
    [InlineData("Tigray", "ETH", 12.2, 14.9, 36.4, 40)]
    [InlineData("North Kivu", "COD", -2, 1, 27.2, 29.9)]
    [InlineData("Texas", "USA", 26, 36.5, -106.6, -93.5)]
    public void An_event_in_a_city_or_region_is_located_there(string place, string country, double latMin, double latMax, double lonMin, double lonMax)
    {
        var b = new GraphBuilder().Add(Sentence(place), []);
        var g = b.Sentences[0].Graph;
        var location = EventPlaces.Find(g, Mentions.Find(g, new PartialDate(2021, 10, 7)), trigger: 2);
        Assert.NotNull(location);
        Assert.Equal((place, country), (location.Name, location.Country));
        Assert.InRange(location.Lat!.Value, latMin, latMax);
        Assert.InRange(location.Lon!.Value, lonMin, lonMax);
    }

    [Fact]
    public void A_country_is_a_location_without_coordinates_not_a_town_of_its_name_abroad()
    {
        // Montenegro is also a town in Brazil.
        var b = new GraphBuilder().Add(Sentence("Montenegro"), []);
        var g = b.Sentences[0].Graph;
        Assert.Equal(new("Montenegro", "MNE", null, null), EventPlaces.Find(g, Mentions.Find(g, new PartialDate(2021, 10, 7)), trigger: 2));
    }

    [Fact]
    public void A_place_noun_is_located_by_its_of_phrase()
    {
        var b = new GraphBuilder().Add(
            "Russian/Russian/ADJ/2/amod forces/force/NOUN/3/nsubj shelled/shell/VERB/0/root villages/village/NOUN/3/obj near/near/ADP/7/case the/the/DET/7/det town/town/NOUN/3/obl of/of/ADP/9/case Mariupol/Mariupol/PROPN/7/nmod ././PUNCT/3/punct", []);
        var g = b.Sentences[0].Graph;
        Assert.Equal(("Mariupol", "UKR"), EventPlaces.Find(g, Mentions.Find(g, new PartialDate(2022, 3, 1)), trigger: 2) is { } l ? (l.Name, l.Country) : default);
    }

    [Fact]
    public void An_act_is_located_where_its_object_is()
    {
        var b = new GraphBuilder().Add(
            "Protesters/protester/NOUN/2/nsubj blocked/block/VERB/0/root streets/street/NOUN/2/obj in/in/ADP/5/case Mariupol/Mariupol/PROPN/3/nmod ././PUNCT/2/punct", []);
        var g = b.Sentences[0].Graph;
        Assert.Equal("UKR", EventPlaces.Find(g, Mentions.Find(g, new PartialDate(2022, 3, 1)), trigger: 1)?.Country);
    }

    [Fact]
    public void A_country_in_a_phrase_of_support_is_no_location()
    {
        var b = new GraphBuilder().Add(
            "Students/student/NOUN/2/nsubj marched/march/VERB/0/root in/in/ADP/4/case support/support/NOUN/2/obl of/of/ADP/6/case Ukraine/Ukraine/PROPN/4/nmod ././PUNCT/2/punct", []);
        var g = b.Sentences[0].Graph;
        Assert.Null(EventPlaces.Find(g, Mentions.Find(g, new PartialDate(2022, 3, 1)), trigger: 1));
    }

    [Fact]
    public void A_transliteration_mark_is_not_needed_to_find_a_place()
    {
        var b = new GraphBuilder().Add(Sentence("Samarra"), []);
        var g = b.Sentences[0].Graph;
        Assert.Equal("IRQ", EventPlaces.Find(g, Mentions.Find(g, new PartialDate(2006, 2, 22)), trigger: 2)?.Country);
    }

    [Fact]
    public void An_ordinary_word_is_no_location()
    {
        var b = new GraphBuilder().Add(Sentence("Central"), []);
        var g = b.Sentences[0].Graph;
        Assert.Null(EventPlaces.Find(g, Mentions.Find(g, new PartialDate(2021, 10, 7)), trigger: 2));
    }

    [Theory]
    [InlineData("President/President/PROPN/2/compound Bush/Bush/PROPN/3/nsubj", "USAGOV")]
    [InlineData("Mr/Mr/PROPN/2/compound Bush/Bush/PROPN/3/nsubj", null)]
    public void A_title_in_the_text_names_the_office_of_a_person_out_of_its_known_terms(string subject, string? code)
    {
        // George W. Bush's known term begins in 2001; in 2000 only "President Bush" says which office is meant.
        var b = new GraphBuilder().Add(subject + " threatened/threaten/VERB/0/root Russia/Russia/PROPN/3/obj ././PUNCT/3/punct", []);
        var g = b.Sentences[0].Graph;
        var bush = Mentions.Find(g, new PartialDate(2000, 1, 1)).Mentions.SingleOrDefault(m => g.Forms[m.First] is "Bush");
        Assert.Equal(code, bush?.Code.Value);
    }
}
