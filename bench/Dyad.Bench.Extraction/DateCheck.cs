using Dyad.Core.Documents;

namespace Dyad.Bench.Extraction;

/// <summary>
/// Publication-date accuracy against dev-dates.tsv (next to this program): the benchmark's ground
/// truth has no dates, so the reference dates were read by hand from each page's own metadata.
/// </summary>
internal static class DateCheck
{
    public static void Report(string devDir, string[] names, Article[] articles)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "dev-dates.tsv");
        if (!File.Exists(path)) { Console.WriteLine("dates: dev-dates.tsv not found"); return; }
        var reference = File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t'))
            .ToDictionary(f => f[0], f => f[1]);
        int declared = 0, right = 0;
        var wrong = new List<string>();
        for (int i = 0; i < names.Length; i++)
        {
            if (!reference.TryGetValue(names[i], out var date) || date == "-") continue;
            declared++;
            string found = articles[i].Published?.ToString() ?? "none";
            if (found == date) right++;
            else wrong.Add($"{names[i][..12]} {found} (reference {date})");
        }
        Console.WriteLine($"dates: {right}/{declared} right (same day) = {(declared == 0 ? 0 : 100.0 * right / declared):F1}% of pages that declare one");
        foreach (var w in wrong) Console.WriteLine("  wrong: " + w);
    }
}
