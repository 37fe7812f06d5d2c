using Dyad.Core.Events;
using Dyad.Core.Time;
using Dyad.Storage.Ingest;
using Dyad.Storage.Queries;
using static Dyad.Storage.Tests.TestData;

namespace Dyad.Storage.Tests;

/// <summary>What every backend must do alike; one subclass per backend supplies a fresh, empty store.</summary>
public abstract class StoreBehaviour
{
    /// <summary>A fresh empty store, or null when this backend cannot be tested here (the test then passes, having said why).</summary>
    protected abstract IEventStore? OpenFresh();

    [Fact]
    public void Storing_the_same_document_twice_adds_nothing()
    {
        using var store = OpenFresh();
        if (store is null) return;
        var doc = Doc("a.txt", null, Event("a.txt", "IGOWSTNAT", "RUSSPY", "161", "2021-10-06"));
        var first = store.Store([doc, doc]);
        Assert.Equal((1, 1, 1, 1), (first.Stored, first.Skipped, first.Reports, first.NewEvents));
        var second = store.Store([doc]);
        Assert.Equal((0, 1), (second.Stored, second.Skipped));
        Assert.Equal(new StoreCounts(1, 1, 1), store.Counts());
        Assert.Contains(doc.Key, store.FindStored([doc.Key, DocumentKey.Of("other", null)]));
        Assert.Single(store.FindStored([doc.Key, DocumentKey.Of("other", null)]));
    }

    [Fact]
    public void Same_text_at_two_urls_is_two_documents()
    {
        using var store = OpenFresh();
        if (store is null) return;
        var e = Event("wire", "IGOWSTNAT", "RUSSPY", "161", "2021-10-06");
        store.Store([Doc("wire", "https://www.one.example/a", e), Doc("wire", "https://two.example/b", e)]);
        var ev = Assert.Single(store.Events(new EventQuery()));
        Assert.Equal((2, 2, 2), (ev.Mentions, ev.Articles, ev.Sources));
    }

    [Fact]
    public void Reports_of_one_event_in_several_articles_become_one_event()
    {
        using var store = OpenFresh();
        if (store is null) return;
        // Three articles, two of them from one site, over two batches; actor roles and CAMEO leaves differ, principal and root agree.
        store.Store([
            Doc("a", "https://a.example/1", Event("a", "IGOWSTNAT", "RUSSPY", "161", "2021-10-06", count: 8, country: "BEL", lat: 50.85, lon: 4.35)),
            Doc("b", "https://b.example/1", Event("b", "IGOWSTNAT", "RUSGOV", "160", "2021-10", count: 8)),
        ]);
        store.Store([Doc("c", "https://a.example/2", Event("c", "IGOWSTNAT", "RUS", "161", null, reported: "2021-10-07", country: "BEL"))]);
        var ev = Assert.Single(store.Events(new EventQuery()));
        Assert.Equal((3, 3, 2), (ev.Mentions, ev.Articles, ev.Sources));
        Assert.Equal(PartialDate.Parse("2021-10-06"), ev.Date);
        var reports = store.Reports(ev.Id);
        Assert.Equal(["a", "b", "c"], reports.Select(r => r.Event.Doc));
        Assert.All(reports, r => Assert.Equal("test.expel", r.Event.Rule));
        Assert.Equal(new TextSpan("expelled", 5, 13), reports[0].Event.Trigger);
    }

    [Fact]
    public void Two_expulsions_a_week_apart_are_two_events()
    {
        using var store = OpenFresh();
        if (store is null) return;
        store.Store([Doc("a", null, Event("a", "IGOWSTNAT", "RUSSPY", "161", "2021-10-06"))]);
        store.Store([Doc("b", null, Event("b", "IGOWSTNAT", "RUSSPY", "161", "2021-10-13"))]);
        // c joins a (a gives no count); d disagrees with c on the count; a denial and another root stay apart.
        store.Store([
            Doc("c", null, Event("c", "IGOWSTNAT", "RUSSPY", "161", "2021-10-06", count: 8)),
            Doc("d", null, Event("d", "IGOWSTNAT", "RUSSPY", "161", "2021-10-06", count: 30)),
            Doc("e", null, Event("e", "IGOWSTNAT", "RUSSPY", "161", "2021-10-06", modality: Modality.Negated)),
            Doc("f", null, Event("f", "IGOWSTNAT", "RUSSPY", "173", "2021-10-06")),
        ]);
        Assert.Equal(5, store.Counts().Events);
        Assert.Equal(6, store.Counts().Reports);
    }

    [Fact]
    public void Events_carry_every_schema_1_field()
    {
        using var store = OpenFresh();
        if (store is null) return;
        var e = Event("a", "IGOWSTNAT", "RUSSPY", "161", "2021-10-06", reported: "2021-10-07", count: 8, place: "Brussels", country: "BEL", lat: 50.85, lon: 4.35)
            with { Quantity = new Quantity(8, "officials", 20, 12), Modality = Modality.Hedged };
        store.Store([Doc("a", null, e)]);
        Assert.Equal(e, Assert.Single(store.Events(new EventQuery())).Event);
    }

    private static void StoreSample(IEventStore store) => store.Store([
        Doc("1", "https://x.example/1", Event("1", "USAGOV", "RUS", "161", "2021-10-06", place: "Washington", country: "USA", sentence: "The US expelled Russian diplomats.")),
        Doc("2", "https://x.example/2", Event("2", "RUSGOV", "USA", "112", "2021-10-20", plover: "ACCUSE", goldstein: -2, sentence: "Russia accused Washington.")),
        Doc("3", "https://x.example/3", Event("3", "USA", "RUSMIL", "036", "2021-11-02", plover: "CONSULT", goldstein: 4, sentence: "The US will meet Russian generals.")),
        Doc("4", "https://x.example/4", Event("4", "CHN", "USA", "042", "2022-01-15", plover: "CONSULT", goldstein: 1.9, place: "Beijing", country: "CHN", sentence: "Chinese envoy visited.")),
        Doc("5", "https://x.example/5", Event("5", "USA", "RUS", "190", "2022-03", plover: "ASSAULT", goldstein: -10, sentence: "Clashes.")),
    ]);

    [Fact]
    public void Events_filter_and_page()
    {
        using var store = OpenFresh();
        if (store is null) return;
        StoreSample(store);
        int Count(EventQuery q) => store.Events(q).Count;
        Assert.Equal(5, Count(new EventQuery()));
        Assert.Equal(4, Count(new EventQuery { Actor = "RUS" }));
        Assert.Equal(1, Count(new EventQuery { Actor = "RUSMIL" }));
        Assert.Equal(3, Count(new EventQuery { Source = "USA", Target = "RUS" }));
        Assert.Equal(4, Count(new EventQuery { Source = "USA", Target = "RUS", BothDirections = true }));
        Assert.Equal(1, Count(new EventQuery { Source = "USAGOV" }));
        Assert.Equal(1, Count(new EventQuery { Cameo = "16" }));
        Assert.Equal(1, Count(new EventQuery { Cameo = "161" }));
        Assert.Equal(2, Count(new EventQuery { QuadClass = 4 }));
        Assert.Equal(2, Count(new EventQuery { PloverType = "consult" }));
        Assert.Equal(2, Count(new EventQuery { From = PartialDate.Parse("2021-10-07"), To = PartialDate.Parse("2021-11") }));
        Assert.Equal(2, Count(new EventQuery { From = PartialDate.Parse("2022") }));
        Assert.Equal(1, Count(new EventQuery { Place = "wash" }));
        Assert.Equal(1, Count(new EventQuery { Place = "chn" }));
        Assert.Equal(1, Count(new EventQuery { Text = "GENERALS" }));
        Assert.Equal(0, Count(new EventQuery { Text = "100%" }));
        var page = store.Events(new EventQuery { Limit = 2, Offset = 1 });
        Assert.Equal(["2", "3"], page.Select(e => e.Event.Doc));
    }

    [Fact]
    public void Series_counts_both_directions_per_period()
    {
        using var store = OpenFresh();
        if (store is null) return;
        StoreSample(store);
        var months = store.Series(new SeriesQuery("USA", "RUS", SeriesInterval.Month));
        Assert.Equal(
            [
                new SeriesPoint(new DateOnly(2021, 10, 1), "USA", "RUS", 0, 0, 0, 1, 1, -4),
                new SeriesPoint(new DateOnly(2021, 10, 1), "RUS", "USA", 0, 0, 1, 0, 1, -2),
                new SeriesPoint(new DateOnly(2021, 11, 1), "USA", "RUS", 1, 0, 0, 0, 1, 4),
                new SeriesPoint(new DateOnly(2022, 3, 1), "USA", "RUS", 0, 0, 0, 1, 1, -10),
            ], months);
        var years = store.Series(new SeriesQuery("usa", "rus", SeriesInterval.Year));
        Assert.Equal([(2021, 2, 0.0), (2021, 1, -2.0), (2022, 1, -10.0)], years.Select(p => (p.Period.Year, (int)p.Events, p.GoldsteinMean)));
        var week = Assert.Single(store.Series(new SeriesQuery("USA", "RUS", SeriesInterval.Week) { From = PartialDate.Parse("2021-10-06"), To = PartialDate.Parse("2021-10-06") }));
        Assert.Equal(new DateOnly(2021, 10, 4), week.Period); // the Monday
        Assert.Equal(new DateOnly(2021, 10, 6), Assert.Single(store.Series(new SeriesQuery("USA", "RUS", SeriesInterval.Day) { To = PartialDate.Parse("2021-10-10") })).Period);
    }

    [Fact]
    public void Top_actors_and_dyads()
    {
        using var store = OpenFresh();
        if (store is null) return;
        StoreSample(store);
        Assert.Equal([new ActorCount("USA", 5, 3, 2), new ActorCount("RUS", 4, 1, 3)], store.TopActors(new EventQuery(), 2));
        Assert.Equal(new DyadCount("USA", "RUS", 3, (-4 + 4 - 10) / 3.0), store.TopDyads(new EventQuery(), 1)[0]);
        Assert.Equal([new ActorCount("CHN", 1, 1, 0), new ActorCount("USA", 1, 0, 1)], store.TopActors(new EventQuery { PloverType = "CONSULT", From = PartialDate.Parse("2022") }, 5));
    }

    [Fact]
    public void Bad_documents_are_rejected_and_the_rest_stored()
    {
        using var store = OpenFresh();
        if (store is null) return;
        var good = Doc("good", null, Event("good", "USA", "RUS", "161", "2021-10-06"));
        var nan = Doc("nan", null, Event("nan", "USA", "RUS", "161", "2021-10-06") with { Goldstein = double.NaN });
        var nul = Doc("nul", null, Event("nul", "USA", "RUS", "161", "2021-10-06", sentence: "bad\0byte"));
        var offsets = Doc("offsets", null, Event("offsets", "USA", "RUS", "161", "2021-10-06") with { Trigger = new TextSpan("x", 9, 3) });
        var surrogate = Doc("surrogate", null, Event("surrogate", "USA", "RUS", "161", "2021-10-06", sentence: "half \ud83d an emoji"));
        var emoji = Doc("emoji", null, Event("emoji", "USA", "RUS", "161", "2021-10-06", sentence: "a whole \ud83d\ude00 emoji"));
        var result = store.Store([nan, good, nul, offsets, surrogate, emoji]);
        Assert.Equal(2, result.Stored);
        Assert.Equal(["nan", "nul", "offsets", "surrogate"], result.Rejected.Select(r => r.Doc));
        Assert.Contains("Goldstein", result.Rejected[0].Reason);
        Assert.Equal(new StoreCounts(2, 2, 1), store.Counts());
        Assert.Empty(store.FindStored([nan.Key, nul.Key, offsets.Key, surrogate.Key]));
        Assert.Equal("a whole \ud83d\ude00 emoji", store.Reports(store.Events(new EventQuery()).Single().Id)[1].Event.Sentence);
    }
}
