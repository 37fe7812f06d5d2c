using Dyad.Core.Time;

namespace Dyad.Coding.Time;

/// <summary>How a date was said, which decides how it is resolved and how far it can be trusted.</summary>
public enum TemporalKind
{
    /// <summary>"October 5, 2021", "in 2014", "April 2021": the text names the date.</summary>
    Explicit,
    /// <summary>"on October 5", "in April", "on Tuesday": the year or week comes from the publication date.</summary>
    Anchored,
    /// <summary>"yesterday", "last week", "18 months ago": counted from the publication date.</summary>
    Relative,
    /// <summary>"at the time", "then": the date last set in the document.</summary>
    Anaphoric,
}

/// <summary>A date expression found in text, with its offsets and the date it stands for.</summary>
public readonly record struct TemporalExpression(int Start, int End, PartialDate Date, TemporalKind Kind);
