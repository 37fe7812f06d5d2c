namespace Dyad.Actors.Tests;

/// <summary>The checks catch what a curator might get wrong, on small dictionaries written here.</summary>
public class DictionaryCheckTests
{
    private static IReadOnlyList<string> Check(string content) =>
        DictionaryCheck.Run(ActorDictionary.Load([("test.tsv", new StringReader(
            "country\tRUS\tRussia\ncountry\tUKR\tUkraine\ncountry\tNOR\tNorway\n" + content))]));

    [Fact]
    public void A_clean_file_has_no_problems() =>
        Assert.Empty(Check("metonym\tRUSGOV\tKremlin\nagent\tSPY\tspies\nagency\t-\tTASS\n" +
            "person\tIGOWSTNAT\tJens Stoltenberg|Stoltenberg\toffice=NATO SG\tfrom=2014-10-01\tto=2024-10-01\n" +
            "person\tIGOWSTNAT\tMark Rutte|Rutte\toffice=NATO SG\tfrom=2024-10-01\n"));

    [Theory]
    [InlineData("metonym\tRUSGVO\tKremlin", "unknown role")]
    [InlineData("metonym\tXYZGOV\tKremlin", "unknown country")]
    [InlineData("agent\tFOO\tspies", "unknown role")]
    [InlineData("country\tRUSGOV\tRussland", "not a country")]
    [InlineData("metonym\tRUSGO\tKremlin", "not a CAMEO code")]
    [InlineData("metonym\tRUSGOV\tKremlin\nmetonym\tUKRGOV\tKremlin", "'Kremlin' is Metonym UKRGOV")]
    [InlineData("person\tNORGOV\tX\toffice=NOR PM\tfrom=2001-13", "is not YYYY")]
    [InlineData("person\tNORGOV\tX\toffice=NOR PM\tfrom=2005\tto=2001", "ends before it begins")]
    [InlineData("person\tNORGOV\tX\tfrom=2005", "needs office=")]
    [InlineData("place\tRUS\tMoscow\tlat=north\tlon=37\tpop=1", "must be a number")]
    [InlineData("planet\tRUS\tMars", "unknown kind")]
    [InlineData("person\tNORGOV\tA\toffice=NOR PM\tfrom=2000\tto=2005\nperson\tNORGOV\tB\toffice=NOR PM\tfrom=2004", "NOR PM: A")]
    [InlineData("person\tNORGOV\tA|Smith\toffice=NOR PM\tfrom=2000\nperson\tUKRGOV\tB|Smith\toffice=UKR PM\tfrom=2004", "'Smith' is both")]
    public void A_mistake_is_reported(string content, string message) =>
        Assert.Contains(Check(content), p => p.Contains(message, StringComparison.Ordinal));

    [Fact]
    public void One_person_in_two_offices_under_accented_and_plain_names_is_no_clash() =>
        Assert.Empty(Check("person\tNORGOV\tAlain Juppé|Alain Juppe\toffice=NOR FM\tfrom=2000\n" +
            "person\tNORMIL\tAlain Juppé|Alain Juppe\toffice=NOR DM\tfrom=2001\n"));

    [Fact]
    public void Terms_may_touch_on_the_hand_over_day() =>
        Assert.Empty(Check("person\tNORGOV\tA\toffice=NOR PM\tfrom=2000\tto=2005-03-01\n" +
            "person\tNORGOV\tB\toffice=NOR PM\tfrom=2005-03-01\n"));
}
