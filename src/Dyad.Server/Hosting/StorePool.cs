using System.Collections.Concurrent;
using Dyad.Storage;

namespace Dyad.Server.Hosting;

/// <summary>
/// A fixed set of open stores. An <see cref="IEventStore"/> serves one thread at a time, so each
/// request borrows one for the length of its query and the rest wait their turn.
/// </summary>
internal sealed class StorePool : IDisposable
{
    private readonly ConcurrentBag<IEventStore> _idle = [];
    private readonly SemaphoreSlim _available;
    private readonly List<IEventStore> _all = [];
    // Dedup reads the stored events and then writes: two ingests at once on two connections of one
    // process would not see each other's new events (PostgreSQL's advisory lock is per transaction,
    // DuckDB's file lock per process), so this process stores one batch at a time.
    private readonly SemaphoreSlim _writer = new(1, 1);

    public StorePool(string db, bool readOnly, int connections)
    {
        try
        {
            for (int i = 0; i < connections; i++) _all.Add(EventStore.Open(db, readOnly));
        }
        catch
        {
            foreach (var s in _all) s.Dispose();
            throw;
        }
        foreach (var s in _all) _idle.Add(s);
        _available = new SemaphoreSlim(connections, connections);
        Description = _all[0].Description;
    }

    public string Description { get; }

    /// <summary>Runs a query on a borrowed store.</summary>
    public Task<T> Query<T>(Func<IEventStore, T> work, CancellationToken cancel) => UseAsync(s => Task.FromResult(work(s)), cancel);

    /// <summary>Runs an ingest on a borrowed store, one at a time.</summary>
    public async Task<T> Write<T>(Func<IEventStore, T> work, CancellationToken cancel)
    {
        await _writer.WaitAsync(cancel).ConfigureAwait(false);
        try { return await Query(work, cancel).ConfigureAwait(false); }
        finally { _writer.Release(); }
    }

    /// <summary>Runs work that writes to the response while it reads (exports), holding the store until it ends.</summary>
    public async Task<T> UseAsync<T>(Func<IEventStore, Task<T>> work, CancellationToken cancel)
    {
        await _available.WaitAsync(cancel).ConfigureAwait(false);
        _idle.TryTake(out var store);
        try { return await work(store!).ConfigureAwait(false); }
        finally
        {
            _idle.Add(store!);
            _available.Release();
        }
    }

    public void Dispose()
    {
        foreach (var s in _all) s.Dispose();
        _available.Dispose();
        _writer.Dispose();
    }
}
