using System.Diagnostics;
using Dyad.Core.Time;
using Dyad.Input;
using Dyad.Pipeline;

// The `dyad code` pipeline over a folder, timed: documents/s, sentences/s, events, peak memory.
// Usage: dotnet run -c Release --project bench/Dyad.Bench -- FOLDER [--threads N] [--repeat K] [--parser-beam B] [--published YYYY-MM-DD] [--include GLOB]
// Or: Dyad.Bench --write-synthetic N FILE   writes N short synthetic articles to time `dyad ingest` with.
if (args.Length == 3 && args[0] == "--write-synthetic")
{
    SyntheticArticles.Write(args[2], int.Parse(args[1]));
    return 0;
}
if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.WriteLine("usage: Dyad.Bench FOLDER [--threads N] [--repeat K] [--parser-beam B] [--published YYYY-MM-DD] [--include GLOB]");
    return 2;
}
string folder = args[0];
int threads = Option("--threads", 1), repeat = Option("--repeat", 3), beam = Option("--parser-beam", DyadPipeline.DefaultParserBeam);
var published = Value("--published") is { } p ? PartialDate.Parse(p) : (PartialDate?)null;

var load = Stopwatch.StartNew();
var pipeline = DyadPipeline.Create(parserBeam: beam);
var include = Value("--include") is { } glob ? new[] { glob } : [];
var inputs = new DocumentReader(new InputOptions { Published = published, Include = include }).Read([folder]).ToList();
// Warm up: load the model and dictionaries and let the JIT compile the hot paths before timing.
foreach (var _ in Batch.Run(inputs, pipeline.Process, threads)) { }
Console.WriteLine($"startup and warm-up: {load.Elapsed.TotalSeconds:0.00} s, {inputs.Count} documents");

for (int run = 1; run <= repeat; run++)
{
    pipeline.Timings.Reset();
    int docs = 0, sentences = 0, events = 0, failed = 0;
    var sw = Stopwatch.StartNew();
    foreach (var r in Batch.Run(inputs, pipeline.Process, threads))
    {
        if (r.Error is not null) { failed++; continue; }
        docs++;
        sentences += r.Sentences;
        events += r.Events.Count;
    }
    double s = sw.Elapsed.TotalSeconds;
    Console.WriteLine($"run {run}: {docs} documents, {sentences} sentences, {events} events, {failed} failed in {s:0.000} s: " +
                      $"{docs / s:0.0} documents/s, {sentences / s:0} sentences/s ({threads} thread{(threads == 1 ? "" : "s")})");
    var t = pipeline.Timings;
    Console.WriteLine($"  stages: extract {t.Extract.TotalMilliseconds:0} ms, analyse {t.Analyse.TotalMilliseconds:0} ms, " +
                      $"actors {t.Actors.TotalMilliseconds:0} ms ({t.Actors / t.Analyse:P1} of analysis), code {t.Code.TotalMilliseconds:0} ms");
}
Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):0} MB");
return 0;

int Option(string name, int fallback) => Value(name) is { } v ? int.Parse(v) : fallback;
string? Value(string name) => Array.IndexOf(args, name) is >= 0 and var i && i + 1 < args.Length ? args[i + 1] : null;
