using Dyad.Core.Ontology;

namespace Dyad.Coding.Patterns;

/// <summary>
/// Reads the generated verb lexicon: lemma, CAMEO code, object nouns ('-' for the verb alone), and
/// the PETRARCH synset it came from. Each line becomes a pattern with the default verb frame.
/// </summary>
public static class LexiconParser
{
    public static List<EventPattern> Parse(TextReader reader, string name)
    {
        var patterns = new List<EventPattern>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (origin, cols) in DataLines.Read(reader, name))
        {
            if (cols.Length != 4) throw new FormatException($"{origin}: expected lemma, code, object nouns and synset");
            var (lemma, code, objects) = (cols[0], cols[1], cols[2]);
            if (!Cameo.Instance.Contains(code)) throw new FormatException($"{origin}: {code} is not a CAMEO code");
            var key = lemma + "+" + objects;
            if (seen.TryGetValue(key, out var other) && other != code) throw new FormatException($"{origin}: {key} is coded {other} on an earlier line and {code} here");
            seen[key] = code;
            patterns.Add(new EventPattern
            {
                Id = objects == "-" ? $"petrarch:{lemma}" : $"petrarch:{lemma}+{objects}",
                Cameo = new CameoCode(code),
                Triggers = [lemma],
                IsNoun = false,
                ObjectNouns = objects == "-" ? null : new HashSet<string>(objects.Split('|'), StringComparer.Ordinal),
                Source = [new RoleSpec(RoleSlot.Subject, null)],
                Target = [new RoleSpec(RoleSlot.Object, null)],
                Origin = origin,
            });
        }
        return patterns;
    }
}
