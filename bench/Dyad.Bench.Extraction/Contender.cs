using System.Diagnostics;

namespace Dyad.Bench.Extraction;

/// <summary>
/// One extractor under test. Rounds of both contenders are interleaved by the caller, so a busy
/// machine slows both alike; warm-up rounds come first because the JIT needs several passes over
/// the pages before its optimised tier settles (the first pass runs 3-5x slower).
/// </summary>
internal sealed class Contender(string name, Func<string, string> extract)
{
    private TimeSpan elapsed;
    private long allocated;
    private int pagesTimed;

    public string Name { get; } = name;
    public string[] Texts { get; private set; } = [];
    public double PagesPerSecond => pagesTimed / elapsed.TotalSeconds;
    public double AllocatedPerPage => (double)allocated / pagesTimed;

    /// <summary>Extracts every page once; timed unless it is a warm-up round.</summary>
    public void Round(string[] pages, bool timed)
    {
        var texts = new string[pages.Length];
        long before = GC.GetAllocatedBytesForCurrentThread();
        var sw = Stopwatch.StartNew();
        for (int i = 0; i < pages.Length; i++) texts[i] = extract(pages[i]);
        sw.Stop();
        Texts = texts;
        if (!timed) return;
        elapsed += sw.Elapsed;
        allocated += GC.GetAllocatedBytesForCurrentThread() - before;
        pagesTimed += pages.Length;
    }
}
