using Dyad.Coding.Actors;
using Dyad.Coding.Engine;
using Dyad.Coding.Patterns;
using Dyad.Core.Documents;
using Dyad.Core.Events;
using Dyad.Core.Time;

namespace Dyad.Coding.Tests;

public class EventCoderTests
{
    private static readonly PartialDate Published = new(2021, 10, 7);

    private static IReadOnlyList<CodedEvent> Code(GraphBuilder b, bool keepUnreal = false) =>
        new EventCoder(PatternSet.Default) { KeepUnreal = keepUnreal }
            .Code(new Article { Id = "t", Text = b.Text, Published = Published }, b.Sentences);

    private const MentionKind Org = MentionKind.Organisation;
    private const MentionKind Country = MentionKind.Country;

    [Fact]
    public void ActiveExpulsionOfDiplomats()
    {
        var b = new GraphBuilder().Add(
            "NATO/NATO/PROPN/2/nsubj expelled/expel/VERB/0/root eight/eight/NUM/5/nummod Russian/Russian/ADJ/5/amod diplomats/diplomat/NOUN/2/obj ././PUNCT/2/punct",
            [(1, 1, "IGOWSTNAT", Org), (4, 4, "RUS", Country)], [(5, "GOV")]);
        var e = Assert.Single(Code(b));
        Assert.Equal(("IGOWSTNAT", "RUSGOV", "161"), (e.Source.Code.Value, e.Target.Code.Value, e.Cameo.Value));
        Assert.Equal("eight Russian diplomats", e.Target.Span.Text);
        Assert.Equal(8, e.Quantity!.Count);
        Assert.Equal("expel", e.Plover.Mode);
        Assert.Equal("expel-diplomats", e.Rule);
        Assert.Equal(Published, e.Date);
    }

    [Fact]
    public void PassiveWithAgentAndDateOfItsOwn()
    {
        var b = new GraphBuilder().Add(
            "In/in/ADP/2/case 2018/2018/NUM/8/obl ,/,/PUNCT/8/punct seven/seven/NUM/6/nummod Russian/Russian/ADJ/6/amod diplomats/diplomat/NOUN/8/nsubj:pass were/be/AUX/8/aux:pass kicked/kick/VERB/0/root out/out/ADP/8/compound:prt by/by/ADP/11/case NATO/NATO/PROPN/8/obl:agent ././PUNCT/8/punct",
            [(5, 5, "RUS", Country), (11, 11, "IGOWSTNAT", Org)], [(6, "GOV")]);
        var e = Assert.Single(Code(b));
        Assert.Equal(("IGOWSTNAT", "RUSGOV", "161"), (e.Source.Code.Value, e.Target.Code.Value, e.Cameo.Value));
        Assert.Equal(new PartialDate(2018), e.Date);
        Assert.Equal(7, e.Quantity!.Count);
    }

    [Fact]
    public void AnAppealsTargetIsTheSubjectOfWhatIsAskedFor()
    {
        var b = new GraphBuilder().Add(
            "Greece/Greece/PROPN/2/nsubj urged/urge/VERB/0/root that/that/SCONJ/5/mark Turkey/Turkey/PROPN/5/nsubj withdraw/withdraw/VERB/2/ccomp its/its/PRON/7/nmod:poss troops/troops/NOUN/5/obj ././PUNCT/2/punct",
            [(1, 1, "GRC", Country), (4, 4, "TUR", Country)]);
        Assert.Contains(Code(b), e => (e.Source.Code.Value, e.Target.Code.Value, e.Rule) == ("GRC", "TUR", "urge"));
    }

    [Fact]
    public void AComplementWithoutAPatternOfItsOwnLendsItsTarget()
    {
        // "cut" has patterns only for cutting ties or aid: cutting off electricity is the threat's own content.
        var b = new GraphBuilder().Add(
            "Iran/Iran/PROPN/2/nsubj threatened/threaten/VERB/0/root to/to/PART/4/mark cut/cut/VERB/2/xcomp off/off/ADP/4/compound:prt electricity/electricity/NOUN/4/obj to/to/ADP/8/case Azerbaijan/Azerbaijan/PROPN/4/obl ././PUNCT/2/punct",
            [(1, 1, "IRN", Country), (8, 8, "AZE", Country)]);
        var e = Assert.Single(Code(b));
        Assert.Equal(("IRN", "AZE", "threaten"), (e.Source.Code.Value, e.Target.Code.Value, e.Rule));
    }

    [Fact]
    public void AGroupNamedByItsSectorInAPurposeClauseIsOnTheSourcesHomeGround()
    {
        var b = new GraphBuilder().Add(
            "Egyptian/Egyptian/ADJ/2/amod police/police/NOUN/3/nsubj opened/open/VERB/0/root fire/fire/NOUN/3/obj to/to/PART/6/mark scatter/scatter/VERB/3/advcl demonstrators/demonstrator/NOUN/6/obj ././PUNCT/3/punct",
            [(1, 1, "EGY", Country)], [(2, "COP"), (7, "OPP")]);
        var e = Assert.Single(Code(b));
        Assert.Equal(("EGYCOP", "EGYOPP", "open-fire"), (e.Source.Code.Value, e.Target.Code.Value, e.Rule));
    }

    [Fact]
    public void BothNationsAreTheLastTwoCountriesNamed()
    {
        var b = new GraphBuilder()
            .Add("Armenia/Armenia/PROPN/2/nsubj fought/fight/VERB/0/root Azerbaijan/Azerbaijan/PROPN/2/obj ././PUNCT/2/punct",
                [(1, 1, "ARM", Country), (3, 3, "AZE", Country)])
            .Add("Russia/Russia/PROPN/2/nsubj called/call/VERB/0/root on/on/ADP/2/compound:prt both/both/DET/5/det nations/nation/NOUN/2/obj to/to/PART/7/mark stop/stop/VERB/2/xcomp ././PUNCT/2/punct",
                [(1, 1, "RUS", Country)]);
        var appeals = Code(b).Where(e => e.Rule == "call-on").Select(e => (e.Source.Code.Value, e.Target.Code.Value)).Order().ToList();
        Assert.Equal([("RUS", "ARM"), ("RUS", "AZE")], appeals);
    }

    [Fact]
    public void WhatIsDoneInAPlaceIsDoneToItsCountry()
    {
        var b = new GraphBuilder().Add(
            "Sudanese/Sudanese/ADJ/2/amod army/army/NOUN/3/nsubj lifted/lift/VERB/0/root a/a/DET/5/det state/state/NOUN/3/obj of/of/ADP/7/case emergency/emergency/NOUN/5/nmod in/in/ADP/9/case Darfur/Darfur/PROPN/7/nmod ././PUNCT/3/punct",
            [(1, 1, "SDN", Country), (9, 9, "SDN", MentionKind.Place)], [(2, "MIL")]);
        var e = Assert.Single(Code(b));
        Assert.Equal(("SDNMIL", "SDN", "lift-emergency"), (e.Source.Code.Value, e.Target.Code.Value, e.Rule));
    }

    [Fact]
    public void AConditionNamesTheOneAThreatIsAimedAt()
    {
        var b = new GraphBuilder().Add(
            "Russia/Russia/PROPN/2/nsubj threatened/threaten/VERB/0/root to/to/PART/4/mark stop/stop/VERB/2/xcomp talks/talk/NOUN/4/obj if/if/SCONJ/8/mark Washington/Washington/PROPN/8/nsubj deploys/deploy/VERB/4/advcl missiles/missile/NOUN/8/obj ././PUNCT/2/punct",
            [(1, 1, "RUS", Country), (7, 7, "USAGOV", MentionKind.Government)]);
        var e = Assert.Single(Code(b), e => e.Rule == "halt-talks");
        Assert.Equal(("RUS", "USAGOV", "134"), (e.Source.Code.Value, e.Target.Code.Value, e.Cameo.Value));
    }

    [Theory]
    [InlineData("Armenian", "ARM", true)]
    [InlineData("Azerbaijani", "AZE", false)]
    public void ASpeakerBlamesOthersNotItsOwnSide(string adjective, string country, bool blamed)
    {
        var b = new GraphBuilder().Add(
            $"Azerbaijan/Azerbaijan/PROPN/2/nsubj said/say/VERB/0/root {adjective}/{adjective}/ADJ/4/amod troops/troops/NOUN/6/nsubj were/be/AUX/6/cop hostile/hostile/ADJ/2/ccomp ././PUNCT/2/punct",
            [(1, 1, "AZE", Country), (3, 3, country, Country)], [(4, "MIL")]);
        Assert.Equal(blamed, Code(b).Any(e => e.Rule == "say-blame"));
    }

    [Fact]
    public void TheOneAccusedOfAnActDidIt()
    {
        var b = new GraphBuilder().Add(
            "Armenia/Armenia/PROPN/2/nsubj accused/accuse/VERB/0/root Azerbaijan/Azerbaijan/PROPN/2/obj of/of/SCONJ/5/mark shelling/shell/VERB/2/advcl Armenian/Armenian/ADJ/7/amod villages/village/NOUN/5/obj ././PUNCT/2/punct",
            [(1, 1, "ARM", Country), (3, 3, "AZE", Country), (6, 6, "ARM", Country)]);
        var shelling = Assert.Single(Code(b), e => e.Trigger.Text == "shelling");
        Assert.Equal(("AZE", "ARM"), (shelling.Source.Code.Value, shelling.Target.Code.Value));
    }

    [Fact]
    public void ControlVerbLendsItsSubject()
    {
        var b = new GraphBuilder().Add(
            "NATO/NATO/PROPN/2/nsubj decided/decide/VERB/0/root to/to/PART/4/mark expel/expel/VERB/2/xcomp eight/eight/NUM/6/nummod Russians/Russian/PROPN/4/obj ././PUNCT/2/punct",
            [(1, 1, "IGOWSTNAT", Org), (6, 6, "RUS", Country)]);
        var e = Assert.Single(Code(b));
        Assert.Equal(("IGOWSTNAT", "RUS", "166"), (e.Source.Code.Value, e.Target.Code.Value, e.Cameo.Value));
        Assert.Equal(Modality.Asserted, e.Modality);
    }

    [Fact]
    public void NegatedEventIsNoEventUnlessAskedFor()
    {
        var b = new GraphBuilder().Add(
            "NATO/NATO/PROPN/4/nsubj did/do/AUX/4/aux not/not/PART/4/advmod expel/expel/VERB/0/root Russian/Russian/ADJ/6/amod diplomats/diplomat/NOUN/4/obj ././PUNCT/4/punct",
            [(1, 1, "IGOWSTNAT", Org), (5, 5, "RUS", Country)], [(6, "GOV")]);
        Assert.Empty(Code(b));
        Assert.Equal(Modality.Negated, Assert.Single(Code(b, keepUnreal: true)).Modality);
    }

    [Fact]
    public void AgreeingToHoldTalksIsAnIntentToMeet()
    {
        var b = new GraphBuilder().Add(
            "Russia/Russia/PROPN/2/nsubj agreed/agree/VERB/0/root to/to/PART/4/mark hold/hold/VERB/2/xcomp talks/talk/NOUN/4/obj with/with/ADP/7/case Turkey/Turkey/PROPN/4/obl ././PUNCT/2/punct",
            [(1, 1, "RUS", Country), (7, 7, "TUR", Country)]);
        var e = Assert.Single(Code(b));
        Assert.Equal(("RUS", "TUR", "036"), (e.Source.Code.Value, e.Target.Code.Value, e.Cameo.Value));
        Assert.Equal(Modality.Intended, e.Modality);
    }

    [Fact]
    public void CoordinatedSubjectsGiveOneEventEach()
    {
        var b = new GraphBuilder().Add(
            "Russia/Russia/PROPN/4/nsubj and/and/CCONJ/3/cc China/China/PROPN/1/conj criticized/criticize/VERB/0/root Japan/Japan/PROPN/4/obj ././PUNCT/4/punct",
            [(1, 1, "RUS", Country), (3, 3, "CHN", Country), (5, 5, "JPN", Country)]);
        var events = Code(b);
        Assert.Equal(["RUS", "CHN"], events.Select(e => e.Source.Code.Value));
        Assert.All(events, e => Assert.Equal(("JPN", "111"), (e.Target.Code.Value, e.Cameo.Value)));
    }

    [Fact]
    public void LightVerbWithPrepositionalTarget()
    {
        var b = new GraphBuilder().Add(
            "The/the/DET/2/det EU/EU/PROPN/3/nsubj imposed/impose/VERB/0/root sanctions/sanction/NOUN/3/obj on/on/ADP/6/case Iran/Iran/PROPN/3/obl ././PUNCT/3/punct",
            [(2, 2, "IGOEEC", Org), (6, 6, "IRN", Country)]);
        var e = Assert.Single(Code(b));
        Assert.Equal(("IGOEEC", "IRN", "163"), (e.Source.Code.Value, e.Target.Code.Value, e.Cameo.Value));
    }

    [Fact]
    public void TheAllianceRefersBackAndTheSameEventTwiceIsMerged()
    {
        var b = new GraphBuilder()
            .Add("NATO/NATO/PROPN/2/nsubj expelled/expel/VERB/0/root Russian/Russian/ADJ/4/amod diplomats/diplomat/NOUN/2/obj ././PUNCT/2/punct",
                [(1, 1, "IGOWSTNAT", Org), (3, 3, "RUS", Country)], [(4, "GOV")])
            .Add("The/the/DET/2/det alliance/alliance/NOUN/3/nsubj expelled/expel/VERB/0/root eight/eight/NUM/5/nummod officials/official/NOUN/3/obj of/of/ADP/7/case Russia/Russia/PROPN/5/nmod ././PUNCT/3/punct",
                [(7, 7, "RUS", Country)], [(5, "GOV")]);
        var e = Assert.Single(Code(b));
        Assert.Equal("IGOWSTNAT", e.Source.Code.Value);
        Assert.Single(e.Evidence);
        Assert.Equal(8, e.Quantity!.Count);
    }

    [Fact]
    public void LaterSentencesKeepTheParagraphsDate()
    {
        var b = new GraphBuilder()
            .Add("NATO/NATO/PROPN/2/nsubj announced/announce/VERB/0/root on/on/ADP/4/case October/October/PROPN/2/obl 6/6/NUM/4/nummod ././PUNCT/2/punct",
                [(1, 1, "IGOWSTNAT", Org)])
            .Add("NATO/NATO/PROPN/2/nsubj halved/halve/VERB/0/root the/the/DET/4/det number/number/NOUN/2/obj of/of/ADP/6/case positions/position/NOUN/4/nmod of/of/ADP/8/case Russia/Russia/PROPN/4/nmod from/from/ADP/10/case 20/20/NUM/2/obl to/to/ADP/12/case 10/10/NUM/2/obl ././PUNCT/2/punct",
                [(1, 1, "IGOWSTNAT", Org), (8, 8, "RUS", Country)]);
        var e = Assert.Single(Code(b));
        Assert.Equal("161", e.Cameo.Value);
        Assert.Equal(new PartialDate(2021, 10, 6), e.Date);
        Assert.Equal((20L, 10L), (e.Quantity!.From!.Value, e.Quantity.To!.Value));
    }

    [Fact]
    public void AParticipleClauseTakesTheSubjectOfTheVerbBeforeIt()
    {
        // The parser hangs "citing" off the punctuation here, as it does on real text; the speaker still owns it.
        var b = new GraphBuilder().Add(
            "NATO/NATO/PROPN/2/nsubj said/say/VERB/0/root ,/,/PUNCT/2/punct citing/cite/VERB/3/csubj Russia/Russia/PROPN/7/nmod:poss aggressive/aggressive/ADJ/7/amod actions/action/NOUN/4/obj ././PUNCT/2/punct",
            [(1, 1, "IGOWSTNAT", Org), (5, 5, "RUS", Country)]);
        var e = Assert.Single(Code(b));
        Assert.Equal(("IGOWSTNAT", "RUS", "112"), (e.Source.Code.Value, e.Target.Code.Value, e.Cameo.Value));
    }

    [Fact]
    public void AnObjectNounCompoundedWithTheObjectFitsThePattern()
    {
        var b = new GraphBuilder().Add(
            "Qatar/Qatar/PROPN/2/nsubj halted/halt/VERB/0/root its/its/PRON/5/nmod:poss mediation/mediation/NOUN/5/compound efforts/effort/NOUN/2/obj between/between/ADP/7/case Israel/Israel/PROPN/5/nmod and/and/CCONJ/9/cc Hamas/Hamas/PROPN/7/conj ././PUNCT/2/punct",
            [(1, 1, "QAT", Country), (7, 7, "ISR", Country), (9, 9, "PSEHMS", Org)]);
        Assert.Contains(Code(b), e => (e.Source.Code.Value, e.Target.Code.Value, e.Cameo.Value) == ("QAT", "ISR", "165"));
    }

    [Fact]
    public void AnActOnAConditionIsAThreat()
    {
        var b = new GraphBuilder().Add(
            "Qatar/Qatar/PROPN/3/nsubj may/may/AUX/3/aux halt/halt/VERB/0/root mediation/mediation/NOUN/3/obj between/between/ADP/6/case Israel/Israel/PROPN/4/nmod if/if/SCONJ/9/mark talks/talk/NOUN/9/nsubj fail/fail/VERB/3/advcl ././PUNCT/3/punct",
            [(1, 1, "QAT", Country), (6, 6, "ISR", Country)]);
        var e = Assert.Single(Code(b));
        Assert.Equal(("QAT", "ISR", "135", Modality.Intended), (e.Source.Code.Value, e.Target.Code.Value, e.Cameo.Value, e.Modality));
    }

    [Fact]
    public void ATargetAfterAConjoinedObjectBelongsToTheClause()
    {
        var b = new GraphBuilder().Add(
            "Japan/Japan/PROPN/2/nsubj provided/provide/VERB/0/root radars/radar/NOUN/2/obj and/and/CCONJ/5/cc intelligence/intelligence/NOUN/3/conj to/to/ADP/7/case Manila/Manila/PROPN/5/nmod ././PUNCT/2/punct",
            [(1, 1, "JPN", Country), (7, 7, "PHL", Country)]);
        Assert.Contains(Code(b), e => (e.Source.Code.Value, e.Target.Code.Value, e.Cameo.Value) == ("JPN", "PHL", "070"));
    }

    [Fact]
    public void TheAgentOfAReducedRelativeIsItsSubject()
    {
        var b = new GraphBuilder().Add(
            "Kenya/Kenya/PROPN/2/nsubj welcomed/welcome/VERB/0/root the/the/DET/4/det agreement/agreement/NOUN/2/obj signed/sign/VERB/4/acl by/by/ADP/7/case Ethiopia/Ethiopia/PROPN/5/obl:agent and/and/CCONJ/9/cc Eritrea/Eritrea/PROPN/7/conj ././PUNCT/2/punct",
            [(1, 1, "KEN", Country), (7, 7, "ETH", Country), (9, 9, "ERI", Country)]);
        Assert.Contains(Code(b), e => (e.Source.Code.Value, e.Target.Code.Value, e.Cameo.Value) == ("ETH", "ERI", "057"));
    }

    [Fact]
    public void ANameHeadedByAnHonorificIsThePersonItNames()
    {
        var b = new GraphBuilder().Add(
            "Mr/Mr/PROPN/3/nsubj Pashinyan/Pashinyan/PROPN/1/flat met/meet/VERB/0/root Macron/Macron/PROPN/3/obj ././PUNCT/3/punct",
            [(2, 2, "ARMGOV", MentionKind.Person), (4, 4, "FRAGOV", MentionKind.Person)]);
        var e = Assert.Single(Code(b));
        Assert.Equal(("ARMGOV", "Mr Pashinyan"), (e.Source.Code.Value, e.Source.Span.Text));
    }

    [Theory]
    [InlineData("It/it/PRON/2/nsubj condemned/condemn/VERB/0/root Russia/Russia/PROPN/2/obj ././PUNCT/2/punct", "IGOWSTNAT")]
    [InlineData("Ukraine/Ukraine/PROPN/2/nsubj said/say/VERB/0/root it/it/PRON/4/nsubj condemned/condemn/VERB/2/ccomp Russia/Russia/PROPN/4/obj ././PUNCT/2/punct", "UKR")]
    public void ASubjectItIsTheLeadActorOfTheLastSentenceUnlessItsOwnSentenceNamesOne(string second, string source)
    {
        var b = new GraphBuilder()
            .Add("NATO/NATO/PROPN/2/nsubj met/meet/VERB/0/root ././PUNCT/2/punct", [(1, 1, "IGOWSTNAT", Org)])
            .Add(second, second.StartsWith("Ukraine") ? [(1, 1, "UKR", Country), (5, 5, "RUS", Country)] : [(3, 3, "RUS", Country)]);
        Assert.Contains(Code(b), e => (e.Source.Code.Value, e.Target.Code.Value) == (source, "RUS"));
    }

    [Fact]
    public void AnActOnlyDemandedIsNotCoded()
    {
        var b = new GraphBuilder().Add(
            "Ukraine/Ukraine/PROPN/2/nsubj demanded/demand/VERB/0/root that/that/SCONJ/5/mark Russia/Russia/PROPN/5/nsubj withdraw/withdraw/VERB/2/ccomp its/its/PRON/7/nmod:poss troops/troops/NOUN/5/obj from/from/ADP/9/case Crimea/Crimea/PROPN/5/obl ././PUNCT/2/punct",
            [(1, 1, "UKR", Country), (4, 4, "RUS", Country), (9, 9, "UKR", Country)]);
        var e = Assert.Single(Code(b));
        Assert.Equal(("UKR", "RUS", "demanded"), (e.Source.Code.Value, e.Target.Code.Value, e.Trigger.Text));
    }

    [Fact]
    public void ViolenceByADeviceAloneIsCodedToTheCountryWhereItHappened()
    {
        var b = new GraphBuilder().Add(
            "A/a/DET/3/det roadside/roadside/NOUN/3/compound bomb/bomb/NOUN/4/nsubj killed/kill/VERB/0/root two/two/NUM/7/nummod U.S./U.S./PROPN/7/compound soldiers/soldier/NOUN/4/obj in/in/ADP/9/case Iraq/Iraq/PROPN/4/obl ././PUNCT/4/punct",
            [(6, 6, "USA", Country), (9, 9, "IRQ", Country)], [(7, "MIL")]);
        var e = Assert.Single(Code(b));
        Assert.Equal(("IRQ", "USAMIL"), (e.Source.Code.Value, e.Target.Code.Value));
    }

    [Fact]
    public void APeopleNamedWithAnotherCountrysAdjectiveLiveInThatCountry()
    {
        var b = new GraphBuilder().Add(
            "Bosnian/Bosnian/ADJ/2/amod Serbs/Serb/PROPN/3/nsubj attacked/attack/VERB/0/root Sarajevo/Sarajevo/PROPN/3/obj ././PUNCT/3/punct",
            [(1, 1, "BIH", Country), (2, 2, "SRB", Country), (4, 4, "BIHGOV", MentionKind.Government)]);
        var e = Assert.Single(Code(b));
        Assert.Equal(("BIH", "Bosnian Serbs"), (e.Source.Code.Value, e.Source.Span.Text));
    }

    [Fact]
    public void TheCountedPeopleAreTheActorHoweverManyQuantitiesPrecedeThem()
    {
        var b = new GraphBuilder().Add(
            "Hundreds/hundred/NOUN/6/nsubj of/of/ADP/3/case thousands/thousand/NOUN/1/nmod of/of/ADP/5/case Kenyans/Kenyan/PROPN/3/nmod protested/protest/VERB/0/root ././PUNCT/6/punct",
            [(5, 5, "KEN", Country)]);
        var e = Assert.Single(Code(b));
        Assert.Equal(("KEN", "Kenyans"), (e.Source.Code.Value, e.Source.Span.Text));
    }

    [Fact]
    public void AnActPromisedByANounIsIntended()
    {
        var b = new GraphBuilder().Add(
            "Washington/Washington/PROPN/2/nsubj repeated/repeat/VERB/0/root its/its/PRON/4/nmod:poss promise/promise/NOUN/2/obj to/to/PART/6/mark withdraw/withdraw/VERB/4/acl troops/troops/NOUN/6/obj from/from/ADP/9/case Syria/Syria/PROPN/6/obl ././PUNCT/2/punct",
            [(1, 1, "USAGOV", MentionKind.Government), (9, 9, "SYR", Country)]);
        var e = Assert.Single(Code(b));
        Assert.Equal(("USAGOV", "SYR", Modality.Intended), (e.Source.Code.Value, e.Target.Code.Value, e.Modality));
        Assert.Equal("03", e.Cameo.Root);
    }

    [Fact]
    public void BothTheNationsAreTheLastTwoCountriesNotTheLastOne()
    {
        var b = new GraphBuilder()
            .Add("Armenia/Armenia/PROPN/4/nsubj and/and/CCONJ/3/cc Azerbaijan/Azerbaijan/PROPN/1/conj clashed/clash/VERB/0/root ././PUNCT/4/punct",
                [(1, 1, "ARM", Country), (3, 3, "AZE", Country)])
            .Add("Russia/Russia/PROPN/2/nsubj urged/urge/VERB/0/root both/both/DET/5/det the/the/DET/5/det nations/nation/NOUN/2/obj to/to/PART/7/mark talk/talk/VERB/2/xcomp ././PUNCT/2/punct",
                [(1, 1, "RUS", Country)]);
        var targets = Code(b).Where(e => e.Source.Code.Value == "RUS").Select(e => e.Target.Code.Value).Order().ToArray();
        Assert.Equal(["ARM", "AZE"], targets);
    }

    [Fact]
    public void SayingAnotherPressuredSomeoneAccusesIt()
    {
        var b = new GraphBuilder().Add(
            "Malaysia/Malaysia/PROPN/2/nsubj said/say/VERB/0/root that/that/SCONJ/6/mark China/China/PROPN/6/nsubj had/have/AUX/6/aux pressured/pressure/VERB/2/ccomp Vietnam/Vietnam/PROPN/6/obj ././PUNCT/2/punct",
            [(1, 1, "MYS", Country), (4, 4, "CHN", Country), (7, 7, "VNM", Country)]);
        Assert.Contains(Code(b), e => (e.Source.Code.Value, e.Target.Code.Value, e.Cameo.Value) == ("MYS", "CHN", "112"));
    }

    [Fact]
    public void TheGroupIsTheOrganisationNamedBeforeItInItsOwnSentence()
    {
        var b = new GraphBuilder()
            .Add("NATO/NATO/PROPN/2/nsubj met/meet/VERB/0/root ././PUNCT/2/punct", [(1, 1, "IGOWSTNAT", Org)])
            .Add("Hamas/Hamas/PROPN/2/nsubj met/meet/VERB/0/root Egypt/Egypt/PROPN/2/obj and/and/CCONJ/7/cc the/the/DET/6/det group/group/NOUN/7/nsubj condemned/condemn/VERB/2/conj Israel/Israel/PROPN/7/obj ././PUNCT/2/punct",
                [(1, 1, "PSEREBHMS", Org), (3, 3, "EGY", Country), (8, 8, "ISR", Country)]);
        var e = Assert.Single(Code(b), e => e.Trigger.Text == "condemned");
        Assert.Equal(("PSEREBHMS", "ISR"), (e.Source.Code.Value, e.Target.Code.Value));
    }

    [Fact]
    public void TwoSubjectsAreEachOthersTargetOnlyWhenTheActIsMutual()
    {
        static GraphBuilder Both(string verb, string lemma, string obj) => new GraphBuilder().Add(
            $"The/the/DET/2/det UN/UN/PROPN/6/nsubj and/and/CCONJ/5/cc the/the/DET/5/det AU/AU/PROPN/2/conj {verb}/{lemma}/VERB/0/root {obj}/{obj}/NOUN/6/obj ././PUNCT/6/punct",
            [(2, 2, "IGOUNO", Org), (5, 5, "IGOAFRAFU", Org)]);
        Assert.Empty(Code(Both("sent", "send", "observers")));
        // An exchange is two acts, one by each side; a meeting is one act of both.
        var exchange = Code(Both("exchanged", "exchange", "prisoners")).Select(e => (e.Source.Code.Value, e.Target.Code.Value)).Order().ToArray();
        Assert.Equal([("IGOAFRAFU", "IGOUNO"), ("IGOUNO", "IGOAFRAFU")], exchange);
        Assert.Single(Code(Both("signed", "sign", "agreement")));
    }

    [Theory]
    [InlineData("arranging/arrange/VERB")]
    [InlineData("due/due/ADJ")]
    [InlineData("set/set/VERB")]
    public void AScheduledVisitIsAnIntentionToMeet(string governor)
    {
        var b = new GraphBuilder().Add(
            $"Kishida/Kishida/PROPN/3/nsubj is/be/AUX/3/aux {governor}/0/root to/to/PART/5/mark visit/visit/VERB/3/xcomp Malaysia/Malaysia/PROPN/5/obj ././PUNCT/3/punct",
            [(1, 1, "JPNGOV", MentionKind.Person), (6, 6, "MYS", Country)]);
        var e = Assert.Single(Code(b));
        Assert.Equal(("036", Modality.Intended), (e.Cameo.Value, e.Modality));
    }

    [Fact]
    public void AParticipleThatNamesIsNoAppeal()
    {
        var b = new GraphBuilder().Add(
            "Japan/Japan/PROPN/2/nsubj chose/choose/VERB/0/root Manila/Manila/PROPN/2/obj for/for/ADP/6/case a/a/DET/6/det programme/programme/NOUN/2/obl called/call/VERB/6/acl OSA/OSA/PROPN/7/xcomp ././PUNCT/2/punct",
            [(1, 1, "JPN", Country), (3, 3, "PHL", Country), (8, 8, "RUS", Org)]);
        Assert.DoesNotContain(Code(b), e => e.Trigger.Text == "called");
    }

    [Fact]
    public void WhoeverIsKeptFromAnActIsItsDoer()
    {
        var b = new GraphBuilder().Add(
            "Russia/Russia/PROPN/3/nsubj will/will/AUX/3/aux deter/deter/VERB/0/root Estonia/Estonia/PROPN/3/obj from/from/SCONJ/6/mark providing/provide/VERB/3/advcl aid/aid/NOUN/6/obj to/to/ADP/9/case Ukraine/Ukraine/PROPN/6/obl ././PUNCT/3/punct",
            [(1, 1, "RUS", Country), (4, 4, "EST", Country), (9, 9, "UKR", Country)]);
        var e = Assert.Single(Code(b), e => e.Trigger.Text == "providing");
        Assert.Equal(("EST", "UKR"), (e.Source.Code.Value, e.Target.Code.Value));
    }

    [Fact]
    public void OneSideOfTheSubjectIsNeverTheTargetEvenInsideAPhrase()
    {
        var b = new GraphBuilder().Add(
            "The/the/DET/2/det US/US/PROPN/8/nsubj and/and/CCONJ/4/cc representatives/representative/NOUN/2/conj of/of/ADP/7/case the/the/DET/7/det EU/EU/PROPN/4/nmod pressured/pressure/VERB/0/root member/member/NOUN/10/compound states/state/NOUN/8/obj ././PUNCT/8/punct",
            [(2, 2, "USA", Country), (7, 7, "IGOEUREEC", Org)]);
        Assert.DoesNotContain(Code(b), e => (e.Source.Code.Value, e.Target.Code.Value) == ("USA", "IGOEUREEC"));
    }

    [Fact]
    public void OfficialsNamedOnlyByTheirSectorDoNotTakeTheirCounterpartsCountry()
    {
        var b = new GraphBuilder().Add(
            "Envoys/envoy/NOUN/2/nsubj met/meet/VERB/0/root Washington/Washington/PROPN/2/obj ././PUNCT/2/punct",
            [(3, 3, "USA", Country)], [(1, "GOV")]);
        Assert.Empty(Code(b));
    }

    [Fact]
    public void AStateMovingItsOwnTroopsActsOnNoOne()
    {
        var b = new GraphBuilder().Add(
            "Turkey/Turkey/PROPN/2/nsubj deployed/deploy/VERB/0/root troops/troop/NOUN/2/obj ././PUNCT/2/punct",
            [(1, 1, "TUR", Country)], [(3, "MIL")]);
        Assert.Empty(Code(b));
        var police = new GraphBuilder().Add(
            "Egyptian/Egyptian/ADJ/2/amod police/police/NOUN/3/nsubj dispersed/disperse/VERB/0/root demonstrators/demonstrator/NOUN/3/obj ././PUNCT/3/punct",
            [(1, 1, "EGY", Country)], [(2, "COP"), (4, "OPP")]);
        Assert.Equal(("EGYCOP", "EGYOPP"), Assert.Single(Code(police)) is var e ? (e.Source.Code.Value, e.Target.Code.Value) : default);
    }

    [Theory]
    [InlineData("leave", 1)]
    [InlineData("respond", 0)]
    public void HoursToLeaveAreAnExpulsionAndHoursToRespondAreNot(string verb, int expected)
    {
        var b = new GraphBuilder().Add(
            $"Egypt/Egypt/PROPN/2/nsubj gave/give/VERB/0/root Israel/Israel/PROPN/2/iobj two/two/NUM/5/nummod days/day/NOUN/2/obj to/to/PART/7/mark {verb}/{verb}/VERB/2/advcl ././PUNCT/2/punct",
            [(1, 1, "EGY", Country), (3, 3, "ISR", Country)]);
        Assert.Equal(expected, Code(b).Count(e => e.Cameo.Value == "166"));
    }

    [Fact]
    public void AStateCoercingItsOwnArmyIsAnEvent()
    {
        var b = new GraphBuilder().Add(
            "Turkey/Turkey/PROPN/2/nsubj arrested/arrest/VERB/0/root officers/officer/NOUN/2/obj ././PUNCT/2/punct",
            [(1, 1, "TUR", Country)], [(3, "MIL")]);
        Assert.Equal(("TUR", "TURMIL"), Assert.Single(Code(b)) is var e ? (e.Source.Code.Value, e.Target.Code.Value) : default);
    }

    [Fact]
    public void TheStateAfterAnOrganisationCalledStateIsStillACountry()
    {
        var b = new GraphBuilder()
            .Add("Iraq/Iraq/PROPN/2/nsubj fought/fight/VERB/0/root Islamic/Islamic/PROPN/4/compound State/State/PROPN/2/obj ././PUNCT/2/punct", [(1, 1, "IRQ", Country), (3, 4, "IMGMUSISI", Org)])
            .Add("The/the/DET/2/det state/state/NOUN/3/nsubj condemned/condemn/VERB/0/root Iran/Iran/PROPN/3/obj ././PUNCT/3/punct", [(4, 4, "IRN", Country)]);
        Assert.Equal("IRQ", Assert.Single(Code(b), e => e.Trigger.Text == "condemned").Source.Code.Value);
    }

    [Fact]
    public void AVerbOfIntentionOnlyFramesTheActItGoverns()
    {
        var b = new GraphBuilder().Add(
            "Iran/Iran/PROPN/2/nsubj plans/plan/VERB/0/root to/to/PART/4/mark attack/attack/VERB/2/xcomp Israel/Israel/PROPN/4/obj ././PUNCT/2/punct",
            [(1, 1, "IRN", Country), (5, 5, "ISR", Country)]);
        var e = Assert.Single(Code(b));
        Assert.Equal(("attack", Modality.Intended), (e.Trigger.Text, e.Modality));
    }

    [Fact]
    public void EveryActJoinedToOneDemandedIsOnlyDemanded()
    {
        var b = new GraphBuilder().Add(
            "Ukraine/Ukraine/PROPN/2/nsubj demanded/demand/VERB/0/root that/that/SCONJ/5/mark Russia/Russia/PROPN/5/nsubj stop/stop/VERB/2/ccomp fighting/fight/VERB/5/xcomp and/and/CCONJ/8/cc withdraw/withdraw/VERB/5/conj troops/troop/NOUN/8/obj from/from/ADP/11/case Crimea/Crimea/PROPN/8/obl ././PUNCT/2/punct",
            [(1, 1, "UKR", Country), (4, 4, "RUS", Country), (11, 11, "UKR", MentionKind.Place)]);
        Assert.DoesNotContain(Code(b), e => e.Trigger.Text == "withdraw");
    }

    [Fact]
    public void TheAssemblyIsTheOrganisationLastNamedWithThatWord()
    {
        var b = new GraphBuilder()
            .Add("The/the/DET/4/det UN/UN/PROPN/4/compound General/General/PROPN/4/compound Assembly/Assembly/PROPN/5/nsubj met/meet/VERB/0/root ././PUNCT/5/punct", [(2, 4, "IGOUNO", Org)])
            .Add("The/the/DET/2/det assembly/assembly/NOUN/3/nsubj condemned/condemn/VERB/0/root Russia/Russia/PROPN/3/obj ././PUNCT/3/punct", [(4, 4, "RUS", Country)], [(2, "LEG")]);
        var e = Assert.Single(Code(b));
        Assert.Equal(("IGOUNO", "RUS"), (e.Source.Code.Value, e.Target.Code.Value));
    }

    [Fact]
    public void WhoeverWasKilledInFightingWithSomeoneWasKilledByThem()
    {
        var b = new GraphBuilder().Add(
            "Armenian/Armenian/ADJ/2/amod troops/troop/NOUN/4/nsubj:pass were/be/AUX/4/aux:pass killed/kill/VERB/0/root in/in/ADP/6/case clashes/clash/NOUN/4/obl with/with/ADP/8/case Azerbaijan/Azerbaijan/PROPN/6/nmod ././PUNCT/4/punct",
            [(1, 1, "ARM", Country), (8, 8, "AZE", Country)], [(2, "MIL")]);
        var e = Assert.Single(Code(b));
        Assert.Equal(("AZE", "ARMMIL"), (e.Source.Code.Value, e.Target.Code.Value));
    }

    [Fact]
    public void VictimsNamedByTheirSectorAreOfThePlaceWhereTheyWereHit()
    {
        var b = new GraphBuilder().Add(
            "Palestinian/Palestinian/ADJ/2/amod bombers/bomber/NOUN/3/nsubj killed/kill/VERB/0/root 23/23/NUM/5/nummod people/people/NOUN/3/obj when/when/ADV/8/advmod they/they/PRON/8/nsubj exploded/explode/VERB/3/advcl in/in/ADP/10/case Israel/Israel/PROPN/8/obl ././PUNCT/3/punct",
            [(1, 1, "PSE", Country), (10, 10, "ISR", Country)], [(2, "REB"), (5, "CVL")]);
        var e = Assert.Single(Code(b), e => e.Trigger.Text == "killed");
        Assert.Equal(("PSEREB", "ISRCVL", "ISR"), (e.Source.Code.Value, e.Target.Code.Value, e.Location?.Country));
    }

    [Fact]
    public void APurposeClauseOfAReducedRelativeBelongsToItsAgent()
    {
        var b = new GraphBuilder().Add(
            "Police/police/NOUN/2/nsubj banned/ban/VERB/0/root a/a/DET/4/det rally/rally/NOUN/2/obj staged/stage/VERB/4/acl by/by/ADP/7/case Greeks/Greek/PROPN/5/obl:agent to/to/PART/9/mark protest/protest/VERB/5/advcl against/against/ADP/11/case Turkey/Turkey/PROPN/9/obl ././PUNCT/2/punct",
            [(7, 7, "GRC", Country), (11, 11, "TUR", Country)]);
        var e = Assert.Single(Code(b), e => e.Trigger.Text == "protest");
        Assert.Equal(("GRC", "TUR"), (e.Source.Code.Value, e.Target.Code.Value));
    }

    [Fact]
    public void AnUnknownNameIsWhatItsAppositionNames()
    {
        var b = new GraphBuilder().Add(
            "Sameh/Sameh/PROPN/8/nsubj ,/,/PUNCT/6/punct the/the/DET/6/det Egyptian/Egyptian/ADJ/6/amod foreign/foreign/ADJ/6/amod minister/minister/NOUN/1/appos ,/,/PUNCT/1/punct criticized/criticize/VERB/0/root Israel/Israel/PROPN/8/obj ././PUNCT/8/punct",
            [(4, 4, "EGY", Country), (9, 9, "ISR", Country)], [(6, "GOV")]);
        var e = Assert.Single(Code(b));
        Assert.Equal(("EGYGOV", "ISR"), (e.Source.Code.Value, e.Target.Code.Value));
    }

    [Fact]
    public void AnActDeniedOnAConditionIsNoThreat()
    {
        var b = new GraphBuilder().Add(
            "Qatar/Qatar/PROPN/4/nsubj would/would/AUX/4/aux not/not/PART/4/advmod halt/halt/VERB/0/root mediation/mediation/NOUN/4/obj between/between/ADP/7/case Israel/Israel/PROPN/5/nmod if/if/SCONJ/10/mark talks/talk/NOUN/10/nsubj fail/fail/VERB/4/advcl ././PUNCT/4/punct",
            [(1, 1, "QAT", Country), (7, 7, "ISR", Country)]);
        Assert.Empty(Code(b));
    }

    [Fact]
    public void WantingToDoSomethingIsAnIntentionNotARequest()
    {
        var b = new GraphBuilder().Add(
            "Iran/Iran/PROPN/2/nsubj wants/want/VERB/0/root to/to/PART/4/mark hold/hold/VERB/2/xcomp talks/talk/NOUN/4/obj with/with/ADP/7/case France/France/PROPN/4/obl ././PUNCT/2/punct",
            [(1, 1, "IRN", Country), (7, 7, "FRA", Country)]);
        var e = Assert.Single(Code(b));
        Assert.Equal(("IRN", "FRA", Modality.Intended), (e.Source.Code.Value, e.Target.Code.Value, e.Modality));
    }

    [Fact]
    public void APeopleNamedAfterTheirDescentKeepTheirOwnCountry()
    {
        var b = new GraphBuilder().Add(
            "Greek/Greek/ADJ/2/amod Cypriots/Cypriot/PROPN/3/nsubj protested/protest/VERB/0/root ././PUNCT/3/punct",
            [(1, 1, "GRC", Country), (2, 2, "CYP", Country)]);
        Assert.Equal("CYP", Assert.Single(Code(b)).Source.Code.Value);
    }

    [Theory]
    [InlineData("Serbia/Serbia/PROPN/2/nsubj", "SRBMIL")]
    [InlineData("He/he/PRON/2/nsubj", null)]
    public void AnAgentOwnedByItsOrTheirBelongsToWhoeverReportsIt(string speaker, string? source)
    {
        // "He" would be Vucic: a pronoun as the speaker is too weak a link to follow for another pronoun.
        var b = new GraphBuilder()
            .Add("Vucic/Vucic/PROPN/2/nsubj spoke/speak/VERB/0/root ././PUNCT/2/punct", [(1, 1, "SRBGOV", MentionKind.Person)])
            .Add(speaker + " said/say/VERB/0/root its/its/PRON/4/nmod:poss forces/force/NOUN/5/nsubj attacked/attack/VERB/2/ccomp Bosnia/Bosnia/PROPN/5/obj ././PUNCT/2/punct",
                source is null ? [(6, 6, "BIH", Country)] : [(1, 1, "SRB", Country), (6, 6, "BIH", Country)], [(4, "MIL")]);
        if (source is null) Assert.DoesNotContain(Code(b), e => e.Rule == "attack");
        else Assert.Contains(Code(b), e => (e.Source.Code.Value, e.Target.Code.Value, e.Rule) == (source, "BIH", "attack"));
    }

    [Fact]
    public void WhatOneMustDoIsDemandedNotDone()
    {
        // The clause belongs to the noun, as UD has it: the demand is read off the reminder's own complement.
        var b = new GraphBuilder().Add(
            "France/France/PROPN/2/nsubj issued/issue/VERB/0/root a/a/DET/4/det reminder/reminder/NOUN/2/obj to/to/ADP/6/case Iraq/Iraq/PROPN/4/nmod that/that/SCONJ/10/mark it/it/PRON/10/nsubj must/must/AUX/10/aux cooperate/cooperate/VERB/4/acl with/with/ADP/12/case Germany/Germany/PROPN/10/obl ././PUNCT/2/punct",
            [(1, 1, "FRA", Country), (6, 6, "IRQ", Country), (12, 12, "DEU", Country)]);
        var e = Assert.Single(Code(b));
        Assert.Equal(("FRA", "IRQ", "reminder-must"), (e.Source.Code.Value, e.Target.Code.Value, e.Rule));
    }

    [Theory]
    [InlineData("must")]
    [InlineData("should")]
    public void AnObligationIsNoEvent(string modal)
    {
        var b = new GraphBuilder().Add(
            $"Iraq/Iraq/PROPN/3/nsubj {modal}/{modal}/AUX/3/aux cooperate/cooperate/VERB/0/root with/with/ADP/5/case Germany/Germany/PROPN/3/obl ././PUNCT/3/punct",
            [(1, 1, "IRQ", Country), (5, 5, "DEU", Country)]);
        Assert.Empty(Code(b));
    }

    [Fact]
    public void AProtestIsAgainstWhoeverItsPurposeClauseMakesDemandsOf()
    {
        var b = new GraphBuilder().Add(
            "Fundamentalists/fundamentalist/NOUN/2/nsubj continued/continue/VERB/0/root their/their/PRON/5/nmod:poss hunger/hunger/NOUN/5/compound strike/strike/NOUN/2/obj to/to/PART/7/mark demand/demand/VERB/2/advcl the/the/DET/9/det resignation/resignation/NOUN/7/obj of/of/ADP/12/case President/President/PROPN/12/compound Bella/Bella/PROPN/9/nmod ././PUNCT/2/punct",
            [(11, 12, "DZAGOV", MentionKind.Person)], [(1, "MUS")]);
        Assert.Contains(Code(b), e => (e.Source.Code.Value, e.Target.Code.Value, e.Cameo.Value) == ("DZAMUS", "DZAGOV", "142"));
    }

    [Fact]
    public void AProtestDemandingSomethingFromSomeoneIsAgainstThem()
    {
        // "higher wages" asks for nothing from anyone named; "from the government" does, also when hung on the object.
        var b = new GraphBuilder().Add(
            "Workers/worker/NOUN/2/nsubj went/go/VERB/0/root on/on/ADP/4/case strike/strike/NOUN/2/obl to/to/PART/6/mark demand/demand/VERB/2/advcl higher/high/ADJ/8/amod wages/wage/NOUN/6/obj from/from/ADP/12/case the/the/DET/12/det Nigerian/Nigerian/ADJ/12/amod government/government/NOUN/8/nmod ././PUNCT/2/punct",
            [(11, 11, "NGA", Country)], [(1, "LAB"), (12, "GOV")]);
        Assert.Contains(Code(b), e => (e.Source.Code.Value, e.Target.Code.Value, e.Rule) == ("NGALAB", "NGAGOV", "strike-labour"));
    }

    [Fact]
    public void AnOnPhraseIsReadWithItsCompoundAsAnObjectIs()
    {
        var b = new GraphBuilder().Add(
            "Turkish/Turkish/ADJ/2/amod prisoners/prisoner/NOUN/3/nsubj went/go/VERB/0/root on/on/ADP/6/case hunger/hunger/NOUN/6/compound strike/strike/NOUN/3/obl against/against/ADP/9/case the/the/DET/9/det government/government/NOUN/3/obl ././PUNCT/3/punct",
            [(1, 1, "TUR", Country)], [(2, "OPP"), (9, "GOV")]);
        Assert.Equal("hunger-strike", Assert.Single(Code(b)).Rule);
    }

    [Theory]
    [InlineData("a/a/DET/5/det nuclear/nuclear/ADJ/5/amod device/device/NOUN/2/obj in/in/ADP/7/case Kabul/Kabul/PROPN/2/obl", 7, "2042")]
    [InlineData("a/a/DET/4/det series/series/NOUN/2/obj of/of/ADP/6/case bombs/bomb/NOUN/4/nmod in/in/ADP/8/case Kabul/Kabul/PROPN/2/obl", 8, "183")]
    public void AnObjectIsReadThroughItsAdjectiveAndWhatItCounts(string rest, int kabul, string cameo)
    {
        var b = new GraphBuilder().Add($"Rebels/rebel/NOUN/2/nsubj detonated/detonate/VERB/0/root {rest} ././PUNCT/2/punct",
            [(kabul, kabul, "AFG", Country)], [(1, "REB")]);
        Assert.Contains(Code(b), e => e.Cameo.Value == cameo && e.Target.Code.Value == "AFG");
    }

    [Fact]
    public void AProtestDefyingSomeoneIsAgainstThemAndItsProtestersAreWhereTheyProtest()
    {
        var b = new GraphBuilder().Add(
            "People/people/NOUN/2/nsubj blocked/block/VERB/0/root streets/street/NOUN/2/obj in/in/ADP/5/case Kong/Kong/PROPN/2/obl in/in/ADP/7/case defiance/defiance/NOUN/2/obl of/of/ADP/10/case Chinese/Chinese/ADJ/10/amod authorities/authority/NOUN/7/nmod ././PUNCT/2/punct",
            [(5, 5, "HKG", Country), (9, 9, "CHN", Country)], [(1, "CVL"), (10, "GOV")]);
        Assert.Contains(Code(b), e => (e.Source.Code.Value, e.Target.Code.Value, e.Rule) == ("HKGCVL", "CHNGOV", "block"));
    }

    [Fact]
    public void AComplaintsObjectIsWhatItIsAboutBeforeWhomItIsMadeTo()
    {
        // "complained over two raids" with "over" read as "more than": the raids become the verb's object.
        var b = new GraphBuilder().Add(
            "Lebanon/Lebanon/PROPN/2/nsubj complained/complain/VERB/0/root to/to/ADP/4/case UN/UN/PROPN/2/obl over/over/ADV/6/advmod two/two/NUM/8/nummod Israeli/Israeli/ADJ/8/amod raids/raid/NOUN/2/obj ././PUNCT/2/punct",
            [(1, 1, "LBN", Country), (4, 4, "IGOUNO", Org), (7, 7, "ISR", Country)]);
        Assert.Equal(("LBN", "ISR"), (Assert.Single(Code(b)).Source.Code.Value, Code(b)[0].Target.Code.Value));
    }

    [Theory]
    [InlineData("allowed/allow/VERB/0/root", "080")]
    [InlineData("will/will/AUX/3/aux allow/allow/VERB/0/root", "035")]
    public void LettingSomeoneDoSomethingIsYieldingAndPromisingItIsAnIntentToYield(string verb, string cameo)
    {
        int head = verb.StartsWith("will") ? 3 : 2;
        var b = new GraphBuilder().Add(
            $"Turkey/Turkey/PROPN/{head}/nsubj {verb} Kurdish/Kurdish/ADJ/{head + 2}/amod refugees/refugee/NOUN/{head}/obj to/to/PART/{head + 4}/mark return/return/VERB/{head}/xcomp ././PUNCT/{head}/punct",
            [(1, 1, "TUR", Country)], [(head + 2, "REF")]);
        Assert.Contains(Code(b), e => (e.Source.Code.Value, e.Target.Code.Value, e.Cameo.Value) == ("TUR", "TURREF", cameo));
    }

    [Fact]
    public void RiskingSomethingIsNoThreat()
    {
        var b = new GraphBuilder().Add(
            "Iraq/Iraq/PROPN/2/nsubj risked/risk/VERB/0/root war/war/NOUN/2/obj with/with/ADP/5/case Iran/Iran/PROPN/3/nmod ././PUNCT/2/punct",
            [(1, 1, "IRQ", Country), (5, 5, "IRN", Country)]);
        Assert.Empty(Code(b));
    }

    [Fact]
    public void AnEventNounsPhraseMayHangOnItsLightVerb()
    {
        var b = new GraphBuilder().Add(
            "Turkey/Turkey/PROPN/2/nsubj launched/launch/VERB/0/root drone/drone/NOUN/4/compound strikes/strike/NOUN/2/obj on/on/ADP/6/case Syria/Syria/PROPN/2/obl ././PUNCT/2/punct",
            [(1, 1, "TUR", Country), (6, 6, "SYR", Country)]);
        Assert.Contains(Code(b), e => (e.Source.Code.Value, e.Target.Code.Value, e.Rule) == ("TUR", "SYR", "drone-strike"));
    }

    [Fact]
    public void APlacePhraseMayHangOnWhatTheObjectCounts()
    {
        var b = new GraphBuilder().Add(
            "Rebels/rebel/NOUN/2/nsubj exploded/explode/VERB/0/root a/a/DET/4/det series/series/NOUN/2/obj of/of/ADP/6/case bombs/bomb/NOUN/4/nmod in/in/ADP/8/case Kabul/Kabul/PROPN/6/nmod ././PUNCT/2/punct",
            [(8, 8, "AFG", Country)], [(1, "REB")]);
        Assert.Contains(Code(b), e => (e.Source.Code.Value, e.Target.Code.Value, e.Rule) == ("AFGREB", "AFG", "detonate-bomb"));
    }

    [Theory]
    [InlineData("declared/declare", "a/a/DET/4/det state/state/NOUN/2/obj of/of/ADP/6/case emergency/emergency/NOUN/4/nmod in/in/ADP/8/case Guayaquil/Guayaquil/PROPN/2/obl", 8, "1724")]
    [InlineData("shelled/shell", "the/the/DET/4/det port/port/NOUN/2/obj of/of/ADP/6/case Guayaquil/Guayaquil/PROPN/4/nmod ././PUNCT/2/punct", 0, null)]
    public void OnlyACurfewOrEmergencyMayBeAStatesActOnItself(string verb, string rest, int place, string? cameo)
    {
        var parts = verb.Split('/');
        var b = new GraphBuilder().Add($"Ecuador/Ecuador/PROPN/2/nsubj {parts[0]}/{parts[1]}/VERB/0/root {rest}" + (place > 0 ? " ././PUNCT/2/punct" : ""),
            place > 0 ? [(1, 1, "ECU", Country), (place, place, "ECU", Country)] : [(1, 1, "ECU", Country), (6, 6, "ECU", Country)]);
        var events = Code(b);
        if (cameo is null) Assert.Empty(events);
        else Assert.Contains(events, e => (e.Source.Code.Value, e.Target.Code.Value, e.Cameo.Value) == ("ECU", "ECU", cameo));
    }

    [Fact]
    public void AnObjectIsReadThroughTheNumberThatCountsIt()
    {
        var b = new GraphBuilder().Add(
            "Qatar/Qatar/PROPN/2/nsubj pledged/pledge/VERB/0/root two/two/NUM/4/compound billion/billion/NUM/5/nummod dollars/dollar/NOUN/2/obj to/to/ADP/7/case Egypt/Egypt/PROPN/2/obl ././PUNCT/2/punct",
            [(1, 1, "QAT", Country), (7, 7, "EGY", Country)]);
        Assert.Contains(Code(b), e => (e.Source.Code.Value, e.Target.Code.Value, e.Rule) == ("QAT", "EGY", "intend-econ-aid"));
    }

    [Fact]
    public void WhoeverPlotsAnAttackIsItsDoer()
    {
        var b = new GraphBuilder().Add(
            "Iran/Iran/PROPN/2/nsubj plotted/plot/VERB/0/root an/a/DET/5/det assassination/assassination/NOUN/5/compound attempt/attempt/NOUN/2/obj on/on/ADP/8/case the/the/DET/8/det ambassador/ambassador/NOUN/5/nmod ././PUNCT/2/punct",
            [(1, 1, "IRN", Country)], [(8, "GOV")]);
        // Plotting is an intention: the attempt is coded as a threat of force, not as done.
        Assert.Contains(Code(b), e => (e.Source.Code.Value, e.Rule, e.Cameo.Value, e.Modality) == ("IRN", "attempt-assassinate", "138", Modality.Intended));
    }

    [Fact]
    public void WhoeverIsBlamedForAnActDidIt()
    {
        var b = new GraphBuilder().Add(
            "Armenia/Armenia/PROPN/2/nsubj blamed/blame/VERB/0/root Azerbaijan/Azerbaijan/PROPN/2/obj for/for/ADP/6/case the/the/DET/6/det shelling/shelling/NOUN/2/obl of/of/ADP/9/case Armenian/Armenian/ADJ/9/amod villages/village/NOUN/6/nmod ././PUNCT/2/punct",
            [(1, 1, "ARM", Country), (3, 3, "AZE", Country), (8, 8, "ARM", Country)]);
        var events = Code(b);
        Assert.Contains(events, e => (e.Source.Code.Value, e.Target.Code.Value, e.Rule) == ("ARM", "AZE", "blame"));
        Assert.Contains(events, e => (e.Source.Code.Value, e.Target.Code.Value, e.Rule) == ("AZE", "ARM", "shelling"));
    }

    [Fact]
    public void TheOneAccusedOfAnActDidItAlsoWhenTheClauseHangsOnThem()
    {
        var b = new GraphBuilder().Add(
            "Sudanese/Sudanese/ADJ/2/amod army/army/NOUN/3/nsubj accused/accuse/VERB/0/root the/the/DET/5/det RSF/RSF/PROPN/3/obj of/of/SCONJ/7/mark attacking/attack/VERB/5/acl Chad/Chad/PROPN/7/obj ././PUNCT/3/punct",
            [(1, 1, "SDN", Country), (5, 5, "SDNREB", Org), (8, 8, "TCD", Country)], [(2, "MIL")]);
        Assert.Contains(Code(b), e => (e.Source.Code.Value, e.Target.Code.Value, e.Rule) == ("SDNREB", "TCD", "attack"));
    }

    [Theory]
    [InlineData("deployed/deploy troops/troops/NOUN/2/obj near/near", "AFG")]
    [InlineData("sent/send aid/aid/NOUN/2/obj to/to", "AFGGOV")]
    public void ACapitalInAPlacePhraseIsThePlaceNotTheGovernment(string verbObjectPreposition, string target)
    {
        // Troops near Kabul are in Afghanistan; aid sent to Kabul goes to its government.
        var w = verbObjectPreposition.Split(' ');
        var b = new GraphBuilder().Add(
            $"Russia/Russia/PROPN/2/nsubj {w[0]}/VERB/0/root {w[1]} {w[2]}/ADP/5/case Kabul/Kabul/PROPN/2/obl ././PUNCT/2/punct",
            [(1, 1, "RUS", Country), (5, 5, "AFGGOV", MentionKind.Government)], placeCountries: [(5, "AFG")]);
        Assert.Contains(Code(b), e => (e.Source.Code.Value, e.Target.Code.Value) == ("RUS", target));
    }

    [Theory]
    [InlineData("students/student/NOUN", "EDU", "KENEDU")]
    [InlineData("youths/youth/NOUN", null, "KEN")]
    [InlineData("police/police/NOUN", "COP", null)]
    public void WhoeverActsDuringAProtestOutsideTheStateTookPartInIt(string who, string? role, string? protester)
    {
        // The by-phrase the parser hangs on the noun ("violations by the army") does not make the army protest.
        var b = new GraphBuilder().Add(
            $"Kenyan/Kenyan/ADJ/2/amod {who}/3/nsubj threw/throw/VERB/0/root stones/stone/NOUN/3/obj during/during/ADP/6/case protests/protest/NOUN/3/obl against/against/ADP/9/case the/the/DET/9/det government/government/NOUN/6/nmod by/by/ADP/12/case the/the/DET/12/det army/army/NOUN/6/nmod ././PUNCT/3/punct",
            [(1, 1, "KEN", Country)], role is null ? [(9, "GOV"), (12, "MIL")] : [(2, role), (9, "GOV"), (12, "MIL")]);
        var protests = Code(b).Where(e => e.Rule == "protest-n").ToList();
        if (protester is null) Assert.DoesNotContain(protests, e => e.Source.Code.Value.EndsWith("COP", StringComparison.Ordinal));
        else Assert.Equal((protester, "KENGOV"), (Assert.Single(protests).Source.Code.Value, protests[0].Target.Code.Value));
    }

    [Fact]
    public void AnAgentOwnedByItsClausesSubjectBelongsToIt()
    {
        var b = new GraphBuilder().Add(
            "Serbia/Serbia/PROPN/2/nsubj shelled/shell/VERB/0/root their/their/PRON/4/nmod:poss rebels/rebel/NOUN/2/obj ././PUNCT/2/punct",
            [(1, 1, "SRB", Country)], [(4, "REB")]);
        Assert.Contains(Code(b), e => (e.Source.Code.Value, e.Target.Code.Value) == ("SRB", "SRBREB"));
    }

    [Theory]
    [InlineData("Russia/Russia/PROPN/2/nsubj withdrew/withdraw/VERB/0/root and/and/CCONJ/6/cc Ukraine/Ukraine/PROPN/6/nsubj must/must/AUX/6/aux attack/attack/VERB/2/conj Georgia/Georgia/PROPN/6/obj ././PUNCT/2/punct", false)]
    [InlineData("Russia/Russia/PROPN/3/nsubj must/must/AUX/3/aux withdraw/withdraw/VERB/0/root and/and/CCONJ/5/cc attack/attack/VERB/3/conj Georgia/Georgia/PROPN/5/obj ././PUNCT/3/punct", false)]
    [InlineData("Russia/Russia/PROPN/3/nsubj must/must/AUX/3/aux withdraw/withdraw/VERB/0/root ,/,/PUNCT/7/punct and/and/CCONJ/7/cc Ukraine/Ukraine/PROPN/7/nsubj attacked/attack/VERB/3/conj Georgia/Georgia/PROPN/7/obj ././PUNCT/3/punct", true)]
    public void AConjunctSharesItsHeadsMustOnlyWithoutAnAuxiliaryOfItsOwn(string tokens, bool coded)
    {
        int georgia = Array.FindIndex(tokens.Split(' '), t => t.StartsWith("Georgia/", StringComparison.Ordinal)) + 1;
        int ukraine = Array.FindIndex(tokens.Split(' '), t => t.StartsWith("Ukraine/", StringComparison.Ordinal)) + 1;
        var b = new GraphBuilder().Add(tokens, ukraine > 0 ? [(1, 1, "RUS", Country), (ukraine, ukraine, "UKR", Country), (georgia, georgia, "GEO", Country)] : [(1, 1, "RUS", Country), (georgia, georgia, "GEO", Country)]);
        Assert.Equal(coded, Code(b).Any(e => e.Rule == "attack"));
    }

    [Theory]
    [InlineData("preparing/prepare/VERB", "150", Modality.Asserted)]
    [InlineData("ready/ready/ADJ", "138", Modality.Intended)]
    public void ForceBeingReadiedIsAMobilisationAndForceOneIsReadyForAThreat(string governor, string cameo, Modality modality)
    {
        var b = new GraphBuilder().Add(
            $"Russia/Russia/PROPN/3/nsubj is/be/AUX/3/aux {governor}/0/root to/to/PART/5/mark attack/attack/VERB/3/xcomp Ukraine/Ukraine/PROPN/5/obj ././PUNCT/3/punct",
            [(1, 1, "RUS", Country), (6, 6, "UKR", Country)]);
        Assert.Contains(Code(b), e => (e.Source.Code.Value, e.Target.Code.Value, e.Cameo.Value, e.Modality) == ("RUS", "UKR", cameo, modality));
    }

    [Fact]
    public void AStatesProtestIsNoStreetProtest()
    {
        var b = new GraphBuilder().Add(
            "Japan/Japan/PROPN/2/nsubj rejected/reject/VERB/0/root China/China/PROPN/5/nmod:poss 's/'s/PART/3/case protest/protest/NOUN/2/obj against/against/ADP/7/case Tokyo/Tokyo/PROPN/5/nmod ././PUNCT/2/punct",
            [(1, 1, "JPN", Country), (3, 3, "CHN", Country), (7, 7, "JPNGOV", MentionKind.Government)]);
        Assert.DoesNotContain(Code(b), e => e.Rule == "protest-n");
    }

    [Fact]
    public void ProtestersInTheirOwnCapitalProtestAgainstTheirGovernmentNotTheirCountry()
    {
        var b = new GraphBuilder().Add(
            "Kenyan/Kenyan/ADJ/2/amod students/student/NOUN/3/nsubj demonstrated/demonstrate/VERB/0/root in/in/ADP/5/case Nairobi/Nairobi/PROPN/3/obl ././PUNCT/3/punct",
            [(1, 1, "KEN", Country), (5, 5, "KENGOV", MentionKind.Government)], [(2, "EDU")], placeCountries: [(5, "KEN")]);
        Assert.Equal(("KENEDU", "KENGOV"), (Assert.Single(Code(b)).Source.Code.Value, Code(b)[0].Target.Code.Value));
    }
}
