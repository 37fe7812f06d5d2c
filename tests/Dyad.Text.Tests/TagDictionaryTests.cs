using Dyad.Text.Tagging;

namespace Dyad.Text.Tests;

public class TagDictionaryTests
{
    [Fact]
    public void AFrequentWordKeepsToItsTagsAndARareOneIsFree()
    {
        ulong beat = WordAtoms.Of("beat").Lower, rare = WordAtoms.Of("rare").Lower;
        var seen = Enumerable.Repeat((beat, 3), 6).Concat(Enumerable.Repeat((beat, 5), 3)).Append((rare, 2));
        var dictionary = TagDictionary.Build(seen);
        Assert.Equal((UInt128.One << 3) | (UInt128.One << 5), dictionary.AllowedFor(beat));
        Assert.Equal(UInt128.MaxValue, dictionary.AllowedFor(rare));

        float[] scores = [0f, 9f, 0f, 1f, 0f, 2f];   // the weights alone prefer tag 1
        Assert.Equal(1, PosTagger.ArgMax(scores, dictionary.AllowedFor(rare)));
        Assert.Equal(5, PosTagger.ArgMax(scores, dictionary.AllowedFor(beat)));
    }
}
