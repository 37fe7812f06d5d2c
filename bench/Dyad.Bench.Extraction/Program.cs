// Extraction benchmark: Dyad's ArticleExtractor and SmartReader side by side on the same pages,
// in the same process, one thread each: pages per second, allocation, and F1 from the benchmark's
// own scorer. Usage (from the repository root):
//   dotnet run -c Release --project bench/Dyad.Bench.Extraction -- [DEV_DIR] [--rounds N] [--warmup N] [--out DIR]
using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Dyad.Bench.Extraction;
using Dyad.Core.Documents;
using Dyad.Extraction;

if (args.Length > 1 && args[0] == "--show")
{
    // Prints what the extractor makes of the given pages (.txt as text, anything else as HTML).
    var show = new ArticleExtractor();
    foreach (var path in args[1..])
    {
        string content = path.EndsWith(".gz", StringComparison.Ordinal)
            ? new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress)).ReadToEnd()
            : File.ReadAllText(path);
        var format = path.EndsWith(".txt", StringComparison.Ordinal) ? InputFormat.Text : InputFormat.Html;
        var a = show.Extract(new SourceDocument { Id = Path.GetFileName(path), Origin = path, Format = format, Content = content });
        Console.WriteLine($"== {a.Id}\ntitle: {a.Title}\npublished: {a.Published}\nbyline: {a.Byline}\nlanguage: {a.Language}\nsite: {a.SiteName}\nurl: {a.Url}\n--\n{a.Text}\n");
    }
    return 0;
}

string devDir = "../shared/data/extraction-dev";
int rounds = 5, warmup = 8;
string outDir = Path.Combine(Path.GetTempPath(), "dyad-bench-extraction");
for (int i = 0; i < args.Length; i++)
{
    if (args[i] == "--rounds") rounds = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
    else if (args[i] == "--warmup") warmup = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
    else if (args[i] == "--out") outDir = args[++i];
    else devDir = args[i];
}
string htmlDir = Path.Combine(devDir, "html");
if (!Directory.Exists(htmlDir))
{
    Console.WriteLine($"skipped: {htmlDir} not found (the benchmark reads ../shared)");
    return 0;
}
Directory.CreateDirectory(outDir);

var pages = Directory.GetFiles(htmlDir, "*.html.gz").Order(StringComparer.Ordinal).Select(path =>
{
    using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
    using var reader = new StreamReader(gz);
    return (Name: Path.GetFileName(path), Html: reader.ReadToEnd());
}).ToArray();
Console.WriteLine($"{pages.Length} pages, {pages.Sum(p => p.Html.Length) / 1e6:F1} M chars, one thread, {warmup} warm-up + {rounds} timed rounds, interleaved");

var extractor = new ArticleExtractor();
var dyad = new Contender("dyad", html => extractor.Extract(new SourceDocument { Id = "p", Origin = "bench", Format = InputFormat.Html, Content = html }).Text);
var smart = new Contender("smartreader", html => new SmartReader.Reader("https://example.com/", html).GetArticle().TextContent ?? "");
var dyadArticles = pages.Select(p => extractor.Extract(new SourceDocument { Id = p.Name, Origin = p.Name, Format = InputFormat.Html, Content = p.Html })).ToArray();

var contenders = new[] { dyad, smart };
var htmls = pages.Select(p => p.Html).ToArray();
for (int r = 0; r < warmup + rounds; r++)
    foreach (var c in contenders) c.Round(htmls, timed: r >= warmup);
foreach (var c in contenders)
{
    string jsonl = Path.Combine(outDir, c.Name + ".jsonl");
    using (var w = new StreamWriter(jsonl))
        for (int i = 0; i < pages.Length; i++)
            w.WriteLine(JsonSerializer.Serialize(new { doc = pages[i].Name, text = c.Texts[i] }));
    Console.WriteLine($"{c.Name,-12} {c.PagesPerSecond,7:F1} pages/s  {c.AllocatedPerPage / 1e6,6:F1} MB allocated/page  F1: {Scorer.Score(devDir, jsonl)}");
}
Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB (both contenders and all pages loaded)");
DateCheck.Report(devDir, pages.Select(p => p.Name).ToArray(), dyadArticles);
Console.WriteLine($"outputs in {outDir}");
return 0;
