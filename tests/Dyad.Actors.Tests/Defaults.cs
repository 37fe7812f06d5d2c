namespace Dyad.Actors.Tests;

/// <summary>The shipped dictionaries and a matcher over them, built once for all tests.</summary>
internal static class Defaults
{
    public static readonly ActorDictionary Dictionary = ActorDictionary.LoadDefault();

    public static readonly ActorMatcher Matcher = new(Dictionary);

    public static string[] Tokens(string sentence) => sentence.Split(' ');
}
