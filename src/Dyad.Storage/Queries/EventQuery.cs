using Dyad.Core.Time;

namespace Dyad.Storage.Queries;

/// <summary>
/// Filters for <c>dyad events</c>, exports and top lists; every filter left null matches all.
/// Actor codes match at the level given: "RUS" matches RUS, RUSGOV, RUSSPY; "RUSGOV" only RUSGOV...;
/// "IGOWSTNAT" NATO and its roles.
/// </summary>
public sealed record EventQuery
{
    /// <summary>Either side is this actor.</summary>
    public string? Actor { get; init; }
    /// <summary>Source is this actor (with <see cref="Target"/>, a directed dyad).</summary>
    public string? Source { get; init; }
    public string? Target { get; init; }
    /// <summary>Also match Source and Target the other way round (an undirected dyad).</summary>
    public bool BothDirections { get; init; }
    /// <summary>A CAMEO code or its prefix: "16" is the root, "161" that code and its children.</summary>
    public string? Cameo { get; init; }
    public int? QuadClass { get; init; }
    /// <summary>A PLOVER event type (SANCTION, PROTEST, ...), case-insensitive.</summary>
    public string? PloverType { get; init; }
    /// <summary>Events whose date window reaches on or after the start of this date.</summary>
    public PartialDate? From { get; init; }
    /// <summary>Events whose date window starts on or before the end of this date.</summary>
    public PartialDate? To { get; init; }
    /// <summary>The location's name contains this (case-insensitive), or its country code is this.</summary>
    public string? Place { get; init; }
    /// <summary>Some report's sentence contains this (case-insensitive).</summary>
    public string? Text { get; init; }
    public int Limit { get; init; } = 100;
    public int Offset { get; init; }
}
