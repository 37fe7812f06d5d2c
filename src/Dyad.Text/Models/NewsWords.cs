namespace Dyad.Text.Models;

/// <summary>
/// Words the news-English repairs of a parse turn on, shared by the parser's re-parse
/// (<see cref="LanguageModel"/>) and the event coder's tree repairs, so the two never disagree.
/// </summary>
public static class NewsWords
{
    /// <summary>Days named relative to the report: "The army yesterday announced".</summary>
    public static readonly IReadOnlySet<string> RelativeDays = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "yesterday", "today", "tonight", "tomorrow" };

    /// <summary>The days of the week and the relative days: "Spain on Friday backed the plan".</summary>
    public static readonly IReadOnlySet<string> Days = new HashSet<string>(RelativeDays, StringComparer.OrdinalIgnoreCase)
        { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };

    /// <summary>Verbs (lemmas) whose participle names what it follows: "a guy named Joe", "a programme called OSA".</summary>
    public static readonly IReadOnlySet<string> NamingVerbs = new HashSet<string>(StringComparer.Ordinal)
        { "name", "call", "title", "entitle", "dub", "nickname", "label", "term" };
}
