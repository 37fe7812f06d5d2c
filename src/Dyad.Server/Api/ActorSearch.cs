using Dyad.Actors;

namespace Dyad.Server.Api;

/// <summary>One actor the dashboard can pick: a code and the name the dictionaries give it.</summary>
internal sealed record ActorName(string Code, string Name, string Kind);

/// <summary>
/// Finds actors by name or code in the shipped dictionaries (countries, organisations, armed
/// groups), so a user can type "NATO" and get IGOWSTNAT.
/// </summary>
internal sealed class ActorSearch
{
    private static readonly HashSet<ActorKind> Pickable = [ActorKind.Country, ActorKind.Igo, ActorKind.Ngo, ActorKind.ArmedGroup];
    // Keys are the code and every name, upper-cased once here rather than per search.
    private readonly List<(ActorName Actor, string[] Keys)> _actors;

    public ActorSearch(ActorDictionary dictionary) =>
        _actors = [.. dictionary.Entries
            .Where(e => e.Code is not null && Pickable.Contains(e.Kind))
            .GroupBy(e => e.Code!.Value.Value, StringComparer.Ordinal)
            .Select(g => (new ActorName(g.Key, g.First().Name, g.First().Kind.ToString().ToLowerInvariant()),
                          (string[])[.. new[] { g.Key }.Concat(g.SelectMany(e => e.Names)).Select(k => k.ToUpperInvariant())]))
            .OrderBy(a => a.Item1.Code, StringComparer.Ordinal)];

    /// <summary>Exact codes first, then names starting with the query, then names containing it.</summary>
    public IReadOnlyList<ActorName> Find(string query, int limit)
    {
        var q = query.Trim().ToUpperInvariant();
        if (q.Length == 0) return [];
        return [.. _actors
            .Select(a => (a.Actor, Rank: a.Keys.Min(k => Rank(k, q))))
            .Where(a => a.Rank < 3)
            .OrderBy(a => a.Rank).ThenBy(a => a.Actor.Name.Length)
            .Take(limit)
            .Select(a => a.Actor)];
    }

    private static int Rank(string key, string q) =>
        key.Equals(q, StringComparison.Ordinal) ? 0
        : key.StartsWith(q, StringComparison.Ordinal) ? 1
        : key.Contains(q, StringComparison.Ordinal) ? 2
        : 3;
}
