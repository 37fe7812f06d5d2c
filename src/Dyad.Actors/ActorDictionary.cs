using System.Reflection;
using Dyad.Core.Actors;
using Dyad.Core.Time;

namespace Dyad.Actors;

/// <summary>
/// Every dictionary entry: countries, organisations, armed groups, people, agents, news agencies
/// and places, read from the files under data/ (embedded in this assembly) by one loader.
/// </summary>
public sealed class ActorDictionary
{
    private static readonly Lazy<ActorDictionary> Default = new(() =>
    {
        var assembly = typeof(ActorDictionary).Assembly;
        var files = assembly.GetManifestResourceNames().Order(StringComparer.Ordinal)
            .Select(name => (name, (TextReader)new StreamReader(assembly.GetManifestResourceStream(name)!)));
        var dictionary = Load(files);
        return dictionary.Problems.Count == 0
            ? dictionary
            : throw new InvalidDataException("dictionary files have errors:\n" + string.Join('\n', dictionary.Problems));
    });

    private static readonly Dictionary<string, ActorKind> Kinds = new(StringComparer.Ordinal)
    {
        ["person"] = ActorKind.Person, ["armed"] = ActorKind.ArmedGroup, ["igo"] = ActorKind.Igo,
        ["ngo"] = ActorKind.Ngo, ["agency"] = ActorKind.NewsAgency, ["metonym"] = ActorKind.Metonym,
        ["country"] = ActorKind.Country, ["region"] = ActorKind.Region, ["demonym"] = ActorKind.Demonym,
        ["agent"] = ActorKind.Agent, ["place"] = ActorKind.Place,
    };

    private ActorDictionary(IReadOnlyList<ActorEntry> entries, IReadOnlyList<string> problems)
    {
        Entries = entries;
        Problems = problems;
        CountryCodes = entries.Where(e => e.Kind == ActorKind.Country).Select(e => e.Code!.Value.Value)
            .ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<ActorEntry> Entries { get; }

    /// <summary>Lines that could not be read (bad code, date, kind...), as "file:line: message".</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>The CAMEO codes of every country and territory in the dictionary.</summary>
    public IReadOnlySet<string> CountryCodes { get; }

    /// <summary>The dictionaries shipped with Dyad; throws when any line of them is malformed.</summary>
    public static ActorDictionary LoadDefault() => Default.Value;

    /// <summary>Reads dictionary files (name, content); malformed lines go to <see cref="Problems"/>.</summary>
    public static ActorDictionary Load(IEnumerable<(string Name, TextReader Reader)> files)
    {
        var entries = new List<ActorEntry>();
        var problems = new List<string>();
        var people = new Dictionary<string, (List<string> Names, List<OfficeTerm> Terms, string Source)>(StringComparer.Ordinal);
        foreach (var (file, reader) in files)
        {
            using (reader)
            {
                int number = 0;
                while (reader.ReadLine() is { } line)
                {
                    number++;
                    try
                    {
                        if (DictionaryRecord.Parse(line, $"{file}:{number}") is not { } record) continue;
                        if (record.Kind == "person") AddTerm(people, record);
                        else entries.Add(ToEntry(record));
                    }
                    catch (FormatException e)
                    {
                        problems.Add(e.Message);
                    }
                }
            }
        }
        entries.AddRange(people.Values.Select(p => new ActorEntry(ActorKind.Person, null, p.Names, p.Source, p.Terms)));
        return new ActorDictionary(entries, problems);
    }

    public IEnumerable<ActorEntry> OfKind(ActorKind kind) => Entries.Where(e => e.Kind == kind);

    private static ActorEntry ToEntry(DictionaryRecord record)
    {
        if (!Kinds.TryGetValue(record.Kind, out var kind)) throw new FormatException($"{record.Source}: unknown kind '{record.Kind}'");
        ActorCode? code = kind == ActorKind.NewsAgency ? null : ParseCode(record);
        if (kind == ActorKind.NewsAgency && record.Code != "-") throw new FormatException($"{record.Source}: a news agency has no code; write '-'");
        var place = kind == ActorKind.Place
            ? new GeoPlace(record.Number("lat"), record.Number("lon"), (long)record.Number("pop"), record.Attribute("capital") == "yes")
            : null;
        return new ActorEntry(kind, code, record.Names, record.Source, place: place);
    }

    /// <summary>
    /// A person's lines are grouped by their first name; each line is one term in one office.
    /// </summary>
    private static void AddTerm(Dictionary<string, (List<string> Names, List<OfficeTerm> Terms, string Source)> people, DictionaryRecord record)
    {
        string office = record.Attribute("office") ?? throw new FormatException($"{record.Source}: a person needs office=");
        var from = ParseDate(record, "from") ?? throw new FormatException($"{record.Source}: a person needs from=");
        var to = ParseDate(record, "to");
        if (to is { } end && end.End < from.Start) throw new FormatException($"{record.Source}: term ends before it begins");
        var term = new OfficeTerm(office, ParseCode(record), from, to);
        if (!people.TryGetValue(record.Names[0], out var person))
            people[record.Names[0]] = person = ([], [], record.Source);
        foreach (string name in record.Names)
            if (!person.Names.Contains(name)) person.Names.Add(name);
        person.Terms.Add(term);
    }

    private static ActorCode ParseCode(DictionaryRecord record) =>
        ActorCode.TryParse(record.Code, out var code) ? code : throw new FormatException($"{record.Source}: '{record.Code}' is not a CAMEO code");

    private static PartialDate? ParseDate(DictionaryRecord record, string key)
    {
        if (record.Attribute(key) is not { } text) return null;
        return PartialDate.TryParse(text, out var date) ? date : throw new FormatException($"{record.Source}: {key}={text} is not YYYY[-MM[-DD]]");
    }
}
