using Dyad.Actors;

namespace Dyad.Actors.Tests;

public class DictionaryConsistencyTests
{
    private static readonly ActorDictionary Dictionary = ActorDictionary.LoadDefault();

    [Fact]
    public void Every_file_passes_every_check()
    {
        var problems = DictionaryCheck.Run(Dictionary);
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(100)));
    }
}
