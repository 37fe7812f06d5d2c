using Dyad.Core.Actors;

namespace Dyad.Actors;

/// <summary>
/// Consistency checks over the loaded dictionaries, each problem as "file:line: message": codes
/// built from unknown parts, one name with two codes, people whose terms contradict each other,
/// and offices held by two people at once.
/// </summary>
public static class DictionaryCheck
{
    public static IReadOnlyList<string> Run(ActorDictionary dictionary)
    {
        var problems = new List<string>(dictionary.Problems);
        var organisations = dictionary.Entries.Where(e => e.Kind is ActorKind.Igo or ActorKind.Ngo or ActorKind.ArmedGroup)
            .Select(e => e.Code!.Value).ToHashSet();
        foreach (var entry in dictionary.Entries) CheckCodes(dictionary, entry, organisations, problems);
        CheckNames(dictionary, problems);
        CheckPeople(dictionary, problems);
        CheckOffices(dictionary, problems);
        return problems;
    }

    private static void CheckCodes(ActorDictionary dictionary, ActorEntry entry, HashSet<ActorCode> organisations, List<string> problems)
    {
        var codes = entry.Kind == ActorKind.Person ? entry.Terms.Select(t => t.Code) : entry.Code is { } c ? [c] : [];
        foreach (var code in codes)
        {
            string? why = entry.Kind switch
            {
                ActorKind.Agent => Groups(code.Value).All(CameoVocabulary.Roles.Contains) ? null : "unknown role",
                ActorKind.Place or ActorKind.Country => code.Value.Length == 3 && IsCountry(dictionary, code.Prefix) ? null : "not a country",
                _ when !IsCountry(dictionary, code.Prefix) && !CameoVocabulary.NonCountryPrefixes.Contains(code.Prefix) => "unknown country or organisation type",
                // Organisations and armed groups end in their own identifiers (IGOWSTNAT, PSEREBHMS);
                // their leaders and metonyms may use them too.
                ActorKind.Igo or ActorKind.Ngo or ActorKind.ArmedGroup => null,
                _ when organisations.Contains(code) => null,
                _ when CameoVocabulary.NonCountryPrefixes.Contains(code.Prefix) => null,
                _ => Groups(code.Value).Skip(1).All(CameoVocabulary.Roles.Contains) ? null : "unknown role",
            };
            if (why is not null) problems.Add($"{entry.Source}: {code} ({entry.Name}): {why}");
        }
    }

    private static bool IsCountry(ActorDictionary dictionary, string prefix) => dictionary.CountryCodes.Contains(prefix);

    private static IEnumerable<string> Groups(string code) => code.Chunk(3).Select(g => new string(g));

    /// <summary>A name (as written, accents folded) may not stand for two codes; places and people are checked apart.</summary>
    private static void CheckNames(ActorDictionary dictionary, List<string> problems)
    {
        var seen = new Dictionary<string, ActorEntry>(StringComparer.Ordinal);
        foreach (var entry in dictionary.Entries)
        {
            if (entry.Kind is ActorKind.Place or ActorKind.Person) continue;
            foreach (string name in entry.Names)
            {
                string key = TextFold.Fold(name);
                if (!seen.TryAdd(key, entry) && seen[key].Code != entry.Code)
                    problems.Add($"{entry.Source}: '{name}' is {Describe(entry)} here but {Describe(seen[key])} at {seen[key].Source}");
            }
        }
    }

    /// <summary>Two people sharing a name must not stand for different codes on the same day.</summary>
    private static void CheckPeople(ActorDictionary dictionary, List<string> problems)
    {
        var byName = new Dictionary<string, List<ActorEntry>>(StringComparer.Ordinal);
        foreach (var person in dictionary.OfKind(ActorKind.Person))
        foreach (string name in person.Names)
        {
            if (!byName.TryGetValue(TextFold.Fold(name), out var list)) byName[TextFold.Fold(name)] = list = [];
            // "Alain Juppé" and "Alain Juppe" fold alike: one person, not two sharing a name.
            if (!list.Contains(person)) list.Add(person);
        }
        foreach (var (name, people) in byName)
        {
            for (int i = 0; i < people.Count; i++)
            for (int j = i + 1; j < people.Count; j++)
            foreach (var a in people[i].Terms)
            foreach (var b in people[j].Terms)
                if (a.Code != b.Code && a.Overlaps(b))
                    problems.Add($"{people[j].Source}: '{name}' is both {people[i].Name} ({a.Code}) and {people[j].Name} ({b.Code}) from {b.From}");
        }
    }

    /// <summary>One office, one holder: terms may touch on the hand-over day but not overlap.</summary>
    private static void CheckOffices(ActorDictionary dictionary, List<string> problems)
    {
        var terms = dictionary.OfKind(ActorKind.Person).SelectMany(p => p.Terms.Select(t => (Person: p, Term: t)));
        foreach (var office in terms.GroupBy(t => t.Term.Office, StringComparer.Ordinal))
        {
            var ordered = office.OrderBy(t => t.Term.From.Start).ToList();
            for (int i = 0; i < ordered.Count; i++)
            for (int j = i + 1; j < ordered.Count; j++)
                if (ordered[i].Term.Overlaps(ordered[j].Term))
                    problems.Add($"{ordered[j].Person.Source}: {office.Key}: {ordered[i].Person.Name} ({ordered[i].Term.From}..{ordered[i].Term.To}) overlaps {ordered[j].Person.Name} ({ordered[j].Term.From}..{ordered[j].Term.To})");
        }
    }

    private static string Describe(ActorEntry entry) => $"{entry.Kind} {entry.Code?.Value ?? "-"}";
}
