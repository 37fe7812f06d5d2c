using System.Diagnostics;

namespace Dyad.Pipeline;

/// <summary>
/// Time spent in each stage across all documents a pipeline processed (summed over threads), for
/// benchmarks and metrics: how much actor resolution adds to analysis, where the time goes.
/// </summary>
public sealed class StageTimings
{
    private long _extract, _analyse, _actors, _code;

    public TimeSpan Extract => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _extract));
    public TimeSpan Analyse => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _analyse));
    public TimeSpan Actors => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _actors));
    public TimeSpan Code => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _code));

    internal void AddExtract(long since) => Interlocked.Add(ref _extract, Stopwatch.GetTimestamp() - since);
    internal void AddAnalyse(long since) => Interlocked.Add(ref _analyse, Stopwatch.GetTimestamp() - since);
    internal void AddActors(long since) => Interlocked.Add(ref _actors, Stopwatch.GetTimestamp() - since);
    internal void AddCode(long since) => Interlocked.Add(ref _code, Stopwatch.GetTimestamp() - since);

    public void Reset()
    {
        Interlocked.Exchange(ref _extract, 0);
        Interlocked.Exchange(ref _analyse, 0);
        Interlocked.Exchange(ref _actors, 0);
        Interlocked.Exchange(ref _code, 0);
    }
}
