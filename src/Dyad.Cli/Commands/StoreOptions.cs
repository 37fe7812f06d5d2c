using System.CommandLine;
using Dyad.Core.Time;
using Dyad.Storage;
using Dyad.Storage.Queries;

namespace Dyad.Cli.Commands;

/// <summary>The --db option and the event filters shared by `events`, `export` and `series`.</summary>
public sealed class StoreOptions
{
    public Option<string> Db { get; } = new("--db")
    {
        Description = "DuckDB file (default ./dyad.duckdb) or postgres://user:password@host:port/database",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("DYAD_DB") ?? EventStore.DefaultPath,
    };

    public Option<string?> Actor { get; } = new("--actor") { Description = "Either side is this actor code (RUS matches RUSGOV, RUSSPY...)" };
    public Option<string?> Source { get; } = new("--source") { Description = "Source actor code" };
    public Option<string?> Target { get; } = new("--target") { Description = "Target actor code" };
    public Option<string[]> Dyad { get; } = new("--dyad") { Description = "Two actor codes: events between them in either direction", Arity = new ArgumentArity(2, 2), AllowMultipleArgumentsPerToken = true };
    public Option<string?> Cameo { get; } = new("--cameo") { Description = "CAMEO code or prefix (16 = the root, 161 and its children)" };
    public Option<int?> Quad { get; } = new("--quad") { Description = "Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict" };
    public Option<string?> Plover { get; } = new("--plover") { Description = "PLOVER event type (SANCTION, PROTEST, ...)" };
    public Option<string?> From { get; } = new("--from") { Description = "Events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)" };
    public Option<string?> To { get; } = new("--to") { Description = "Events on or before this date" };
    public Option<string?> Place { get; } = new("--place") { Description = "Location name contains this, or its country code is this" };
    public Option<string?> Text { get; } = new("--text") { Description = "Some evidence sentence contains this text" };

    public StoreOptions()
    {
        foreach (var date in new[] { From, To })
            date.Validators.Add(r =>
            {
                var v = r.GetValueOrDefault<string?>();
                if (v is not null && !PartialDate.TryParse(v, out _)) r.AddError($"'{v}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
            });
        Quad.Validators.Add(r => { if (r.GetValueOrDefault<int?>() is < 1 or > 4) r.AddError("--quad must be 1, 2, 3 or 4"); });
    }

    public void AddFilters(Command cmd)
    {
        cmd.Options.Add(Db);
        foreach (var o in new Option[] { Actor, Source, Target, Dyad, Cameo, Quad, Plover, From, To, Place, Text }) cmd.Options.Add(o);
    }

    public EventQuery Query(ParseResult r)
    {
        var dyad = r.GetValue(Dyad);
        bool both = dyad is { Length: 2 };
        return new EventQuery
        {
            Actor = r.GetValue(Actor),
            Source = both ? dyad![0] : r.GetValue(Source),
            Target = both ? dyad![1] : r.GetValue(Target),
            BothDirections = both,
            Cameo = r.GetValue(Cameo),
            QuadClass = r.GetValue(Quad),
            PloverType = r.GetValue(Plover),
            From = DateOf(r, From),
            To = DateOf(r, To),
            Place = r.GetValue(Place),
            Text = r.GetValue(Text),
        };
    }

    public static PartialDate? DateOf(ParseResult r, Option<string?> option) => r.GetValue(option) is { } v ? PartialDate.Parse(v) : null;
}
