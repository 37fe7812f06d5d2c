using Dyad.Coding.Time;
using Dyad.Core.Time;

namespace Dyad.Coding.Tests;

public class EventDaterTests
{
    private static readonly PartialDate Published = new(2023, 3, 17);

    [Theory]
    [InlineData("and", "1965")]
    [InlineData("but", "2023-03-17")]
    public void AClauseJoinedByAndSharesItsNeighboursDateButOneJoinedByButDoesNot(string conjunction, string expected)
    {
        var b = new GraphBuilder().Add(
            $"Ties/tie/NOUN/3/nsubj:pass were/be/AUX/3/aux:pass normalized/normalize/VERB/0/root in/in/ADP/5/case 1965/1965/NUM/3/obl {conjunction}/{conjunction}/CCONJ/8/cc " +
            "Tokyo/Tokyo/PROPN/8/nsubj gave/give/VERB/3/conj Seoul/Seoul/PROPN/8/iobj aid/aid/NOUN/8/obj ././PUNCT/3/punct", []);
        var g = b.Sentences[0].Graph;
        var dater = new EventDater(Published);
        dater.Enter(g, paragraph: 0);
        Assert.Equal(PartialDate.Parse(expected), dater.DateOf(g, trigger: 7));
    }
}
