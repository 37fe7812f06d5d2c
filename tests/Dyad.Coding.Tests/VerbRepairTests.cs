using Dyad.Coding.Grammar;

namespace Dyad.Coding.Tests;

public class VerbRepairTests
{
    // Tokens as form/UPOS/head/relation, heads 1-based as in CoNLL-U; returns the repaired "head:relation" of each token.
    private static string[] Repair(string parse)
    {
        var parts = parse.Split(' ').Select(t => t.Split('/')).ToArray();
        var forms = parts.Select(p => p[0]).ToArray();
        var upos = parts.Select(p => p[1]).ToArray();
        var heads = parts.Select(p => int.Parse(p[2]) - 1).ToArray();
        var relations = parts.Select(p => p[3]).ToArray();
        VerbRepair.Repair(forms, forms.Select(f => f.ToLowerInvariant()).ToArray(), upos, heads, relations);
        return heads.Select((h, i) => $"{h + 1}:{relations[i]}").ToArray();
    }

    // Returns each token's "UPOS/lemma" after repair.
    private static string[] Retag(string parse)
    {
        var parts = parse.Split(' ').Select(t => t.Split('/')).ToArray();
        var forms = parts.Select(p => p[0]).ToArray();
        var lemmas = forms.Select(f => f.ToLowerInvariant()).ToArray();
        var upos = parts.Select(p => p[1]).ToArray();
        VerbRepair.Repair(forms, lemmas, upos, parts.Select(p => int.Parse(p[2]) - 1).ToArray(), parts.Select(p => p[3]).ToArray());
        return upos.Select((u, i) => $"{u}/{lemmas[i]}").ToArray();
    }

    [Fact]
    public void UpToANumberBoundsTheObjectInsteadOfBeingAParticle() =>
        Assert.Equal(["2:nsubj", "0:root", "5:advmod", "3:fixed", "6:nummod", "2:obj", "2:punct"],
            Repair("Kenya/PROPN/2/nsubj sent/VERB/0/root up/ADP/2/compound:prt to/ADP/6/case 500/NUM/6/nummod troops/NOUN/2/obl ./PUNCT/2/punct"));

    [Theory]
    [InlineData("Venezuela/PROPN/2/nsubj gave/VERB/0/root diplomats/NOUN/2/obj 72/NUM/5/nummod hours/NOUN/3/appos ./PUNCT/2/punct", "2:iobj", "2:obj")]
    [InlineData("Kenya/PROPN/2/nsubj thanked/VERB/0/root Ruto/PROPN/2/obj ,/PUNCT/5/punct president/NOUN/3/appos ./PUNCT/2/punct", "2:obj", "3:appos")]
    public void ACountedNounReadAsTheObjectsAppositionIsTheSecondObject(string parse, string first, string second)
    {
        var repaired = Repair(parse);
        Assert.Equal((first, second), (repaired[2], repaired[4]));
    }

    [Fact]
    public void ATimeWordIsNotTheSubjectOfTheNounBeforeIt() =>
        Assert.Equal(["3:det", "3:amod", "5:nsubj", "5:obl:tmod", "0:root", "5:obj", "5:punct"],
            Repair("The/DET/4/det Libyan/ADJ/4/amod Army/PROPN/4/compound yesterday/NOUN/5/nsubj announced/VERB/0/root ceasefire/NOUN/5/obj ./PUNCT/5/punct"));

    [Fact]
    public void ATimeWordIsNotTheSubjectOfTheNameReadAsItsPossessor() =>
        Assert.Equal(["5:nsubj", "3:cc", "1:conj", "5:obl:tmod", "0:root", "5:obj", "5:punct"],
            Repair("Gaddafi/PROPN/4/nmod:poss and/CCONJ/3/cc Zhivkov/PROPN/1/conj today/NOUN/5/nsubj signed/VERB/0/root treaty/NOUN/5/obj ./PUNCT/5/punct"));

    [Fact]
    public void ANounHungOnTheVerbAfterItAsACompoundIsItsSubject() =>
        Assert.Equal(["2:amod", "3:nsubj", "0:root", "3:obj", "3:punct"],
            Repair("Egyptian/ADJ/2/amod police/NOUN/3/compound opened/VERB/0/root fire/NOUN/3/obj ./PUNCT/3/punct"));

    [Fact]
    public void APhraseHungOnADayIsTheVerbs() =>
        Assert.Equal(["2:nsubj", "0:root", "2:obj", "2:obl:tmod", "6:case", "2:obl", "2:punct"],
            Repair("Chirac/PROPN/2/nsubj issued/VERB/0/root reminder/NOUN/2/obj Saturday/PROPN/2/obl:tmod to/ADP/6/case Iraq/PROPN/4/nmod ./PUNCT/2/punct"));

    [Fact]
    public void AVerbWithASubjectKeepsItsNounCompound() =>
        Assert.Equal("3:compound", Repair("They/PRON/3/nsubj police/NOUN/3/compound opened/VERB/0/root fire/NOUN/3/obj ./PUNCT/3/punct")[1]);

    [Fact]
    public void ASecondGerundClauseReadAsANounPhraseGetsItsSubject() =>
        Assert.Equal(["2:nsubj", "0:root", "4:amod", "2:obj", "7:cc", "7:nsubj", "2:conj", "9:nummod", "7:obj", "2:punct"],
            Repair("Azerbaijan/PROPN/2/nsubj releasing/VERB/0/root Armenian/ADJ/4/amod soldiers/NOUN/2/obj and/CCONJ/6/cc Armenia/PROPN/4/conj releasing/VERB/4/acl two/NUM/9/nummod soldiers/NOUN/7/obj ./PUNCT/2/punct"));

    [Fact]
    public void AnAdjectiveWithADirectObjectIsAVerb() =>
        Assert.Equal(["NOUN/guerrillas", "VERB/wound", "NOUN/soldiers", "PUNCT/."],
            Retag("guerrillas/NOUN/2/nsubj wounded/ADJ/0/root soldiers/NOUN/2/obj ./PUNCT/2/punct"));

    [Theory]
    [InlineData("the/DET/3/det wounded/ADJ/3/amod soldiers/NOUN/0/root ./PUNCT/3/punct")]
    [InlineData("he/PRON/3/nsubj was/AUX/3/cop red/ADJ/0/root ./PUNCT/3/punct")]
    public void AnAdjectiveWithoutAnObjectStaysAnAdjective(string parse) =>
        Assert.Equal(parse.Split(' ').Select(t => t.Split('/')[1] + "/" + t.Split('/')[0].ToLowerInvariant()), Retag(parse));

    [Fact]
    public void AVerbReadAsAReducedRelativeBecomesTheRoot() =>
        Assert.Equal(["2:amod", "3:nsubj", "0:root", "5:case", "3:obl", "3:punct"],
            Repair("Egyptian/ADJ/2/amod demonstrators/NOUN/0/root rioted/VERB/2/acl in/ADP/5/case Cairo/PROPN/3/obl ./PUNCT/2/punct"));

    [Fact]
    public void AVerbReadAsAnAdjectiveBecomesTheRootWithItsSubjectAndObject() =>
        Assert.Equal(["2:amod", "3:nsubj", "0:root", "3:obj", "6:case", "4:nmod", "8:cc", "3:conj", "3:punct"],
            Repair("Nigerian/ADJ/2/amod police/NOUN/4/compound arrested/VERB/4/amod dozens/NOUN/0/root of/ADP/6/case protesters/NOUN/4/nmod and/CCONJ/8/cc fired/VERB/4/conj ./PUNCT/4/punct"));

    [Theory]
    [InlineData("the/DET/2/det diplomats/NOUN/0/root expelled/VERB/2/acl by/ADP/5/case NATO/PROPN/3/obl:agent ./PUNCT/2/punct")]
    [InlineData("Egyptian/ADJ/2/amod demonstrators/NOUN/0/root rioted/VERB/2/acl in/ADP/5/case Cairo/PROPN/3/obl")]
    public void AReducedRelativeWithItsAgentOrAHeadlineIsLeftAlone(string parse) =>
        Assert.Equal(parse.Split(' ').Select(t => string.Join(':', t.Split('/')[2..])), Repair(parse));
}
