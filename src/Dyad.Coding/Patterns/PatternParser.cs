using Dyad.Core.Ontology;

namespace Dyad.Coding.Patterns;

/// <summary>
/// Reads the event pattern file: one pattern a line, five tab-separated columns
/// (id, CAMEO code, trigger, frame, example). See docs/patterns.md.
/// </summary>
public static class PatternParser
{
    public static List<EventPattern> Parse(TextReader reader, string name, WordClasses classes)
    {
        var patterns = new List<EventPattern>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (origin, cols) in DataLines.Read(reader, name))
        {
            if (cols.Length != 5) throw new FormatException($"{origin}: expected 5 tab-separated columns (id, cameo, trigger, frame, example), found {cols.Length}");
            var p = ParseOne(cols, origin, classes);
            if (!ids.Add(p.Id)) throw new FormatException($"{origin}: pattern id {p.Id} is used twice");
            patterns.Add(p);
        }
        return patterns;
    }

    private static EventPattern ParseOne(string[] cols, string origin, WordClasses classes)
    {
        var (id, code, trigger, frame, example) = (cols[0].Trim(), cols[1].Trim(), cols[2].Trim(), cols[3].Trim(), cols[4].Trim());
        if (!Cameo.Instance.Contains(code)) throw new FormatException($"{origin}: {code} is not a CAMEO code");
        bool isNoun = trigger.StartsWith("n:", StringComparison.Ordinal);
        if (!isNoun && !trigger.StartsWith("v:", StringComparison.Ordinal)) throw new FormatException($"{origin}: trigger must start with v: or n:");
        trigger = trigger[2..];
        IReadOnlySet<string>? objectNouns = null;
        int plus = trigger.IndexOf('+', StringComparison.Ordinal);
        if (plus > 0)
        {
            objectNouns = new HashSet<string>(trigger[(plus + 1)..].Split('|'), StringComparer.Ordinal);
            trigger = trigger[..plus];
        }

        IReadOnlyList<RoleSpec> source = isNoun ? [new(RoleSlot.Possessor, null), new(RoleSlot.Subject, null)] : [new(RoleSlot.Subject, null)];
        IReadOnlyList<RoleSpec> target = isNoun ? [] : [new(RoleSlot.Object, null)];
        string? objectClass = null;
        PloverCoding? plover = null;
        IReadOnlySet<string>? modals = null;
        string? clauseClass = null;
        foreach (var part in frame.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "-") continue;
            int eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) throw new FormatException($"{origin}: frame item '{part}' is not key=value");
            var (key, value) = (part[..eq], part[(eq + 1)..]);
            switch (key)
            {
                case "S": source = Roles(value, origin); break;
                case "T": target = Roles(value, origin); break;
                case "obj":
                    if (!classes.Exists(value)) throw new FormatException($"{origin}: unknown word class {value}");
                    objectClass = value;
                    break;
                case "plover":
                    var bits = value.Split('/');
                    var basePlover = Cameo.Instance.Plover(new CameoCode(code));
                    // "TYPE/mode" sets the mode, "TYPE/" clears it, "TYPE" keeps the table's.
                    var mode = bits.Length > 1 ? (bits[1].Length > 0 ? bits[1] : null) : basePlover?.Mode;
                    plover = new PloverCoding(bits[0], mode, basePlover?.Context);
                    break;
                case "modal": modals = new HashSet<string>(value.Split('|'), StringComparer.Ordinal); break;
                case "clause":
                    if (!classes.Exists(value)) throw new FormatException($"{origin}: unknown word class {value}");
                    clauseClass = value;
                    break;
                default: throw new FormatException($"{origin}: unknown frame key '{key}'");
            }
        }
        if (target.Count == 0) throw new FormatException($"{origin}: a pattern needs a target (T=...)");
        if (example.Length == 0) throw new FormatException($"{origin}: every pattern needs an example sentence");
        return new EventPattern
        {
            Id = id, Cameo = new CameoCode(code), Triggers = trigger.Split('|'), IsNoun = isNoun, ObjectNouns = objectNouns,
            ObjectClass = objectClass, ComplementModals = modals, ComplementClass = clauseClass, Source = source, Target = target, Plover = plover, Example = example, Origin = origin,
        };
    }

    private static List<RoleSpec> Roles(string value, string origin) => value.Split('|').Select(v => v switch
    {
        "subj" => new RoleSpec(RoleSlot.Subject, null),
        "obj" => new RoleSpec(RoleSlot.Object, null),
        "poss" => new RoleSpec(RoleSlot.Possessor, null),
        "comp" => new RoleSpec(RoleSlot.Complement, null),
        "iobj" => new RoleSpec(RoleSlot.IndirectObject, null),
        _ when v.StartsWith("obl:", StringComparison.Ordinal) && v.Length > 4 => new RoleSpec(RoleSlot.Oblique, v[4..]),
        _ => throw new FormatException($"{origin}: unknown role '{v}' (subj, obj, iobj, poss, comp or obl:PREP)"),
    }).ToList();
}
