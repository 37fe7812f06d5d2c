using System.Diagnostics;

namespace Dyad.Queue;

/// <summary>
/// A worker's counters, published to the worker bucket every few seconds. The rate is taken over
/// the last minute, so `queue status` shows what a worker does now rather than since it started.
/// </summary>
public sealed class WorkerHeartbeat
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);
    /// <summary>How long a worker that stopped heartbeating stays listed.</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan RateWindow = TimeSpan.FromMinutes(1);

    private readonly QueueConnection _queue;
    private readonly DateTimeOffset _started = DateTimeOffset.UtcNow;
    private readonly Queue<(TimeSpan At, long Done)> _samples = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _lock = new();
    private long _stored, _skipped, _events, _dead, _codingTicks, _storingTicks;
    private int _inFlight;

    public string Worker { get; }

    public WorkerHeartbeat(QueueConnection queue, string worker)
    {
        _queue = queue;
        Worker = worker;
    }

    public long Stored => Interlocked.Read(ref _stored);
    public long Skipped => Interlocked.Read(ref _skipped);
    public long Events => Interlocked.Read(ref _events);
    public long DeadLettered => Interlocked.Read(ref _dead);

    public void InFlight(int count) => Volatile.Write(ref _inFlight, count);
    public void Timed(TimeSpan coding, TimeSpan storing)
    {
        Interlocked.Add(ref _codingTicks, coding.Ticks);
        Interlocked.Add(ref _storingTicks, storing.Ticks);
    }

    public void Done(int stored, int skipped, int events, int dead)
    {
        Interlocked.Add(ref _stored, stored);
        Interlocked.Add(ref _skipped, skipped);
        Interlocked.Add(ref _events, events);
        Interlocked.Add(ref _dead, dead);
    }

    public WorkerStats Snapshot()
    {
        long done = Stored + Skipped + DeadLettered;
        double rate;
        lock (_lock)
        {
            var now = _clock.Elapsed;
            _samples.Enqueue((now, done));
            while (_samples.Count > 1 && now - _samples.Peek().At > RateWindow) _samples.Dequeue();
            var (at, before) = _samples.Peek();
            rate = now - at > TimeSpan.Zero ? (done - before) / (now - at).TotalSeconds : 0;
        }
        return new WorkerStats(Worker, Environment.MachineName, Environment.ProcessId, _started, DateTimeOffset.UtcNow,
            Stored, Skipped, Events, DeadLettered, Volatile.Read(ref _inFlight), rate,
            TimeSpan.FromTicks(Interlocked.Read(ref _codingTicks)).TotalSeconds, TimeSpan.FromTicks(Interlocked.Read(ref _storingTicks)).TotalSeconds);
    }

    /// <summary>Publishes the counters until cancelled; a failed beat is skipped, not fatal (the queue may be restarting).</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            do
            {
                try
                {
                    await _queue.Workers.PutAsync(Worker, Snapshot().Encode(), cancellationToken: ct);
                }
                catch (Exception e) when (e is NATS.Client.Core.NatsException or TimeoutException)
                {
                    // Next beat retries.
                }
            }
            while (await timer.WaitForNextTickAsync(ct));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>Removes this worker from the status on a clean stop.</summary>
    public async Task RetireAsync()
    {
        try
        {
            await _queue.Workers.DeleteAsync(Worker);
        }
        catch (NATS.Client.Core.NatsException)
        {
            // It expires on its own.
        }
    }
}
