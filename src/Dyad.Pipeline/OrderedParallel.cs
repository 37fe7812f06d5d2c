namespace Dyad.Pipeline;

/// <summary>
/// Maps a sequence through a function on several threads and yields the results in input order,
/// holding at most <c>window</c> items in flight so memory stays bounded on any input size.
/// </summary>
public static class OrderedParallel
{
    public static IEnumerable<TOut> Map<TIn, TOut>(IEnumerable<TIn> items, Func<TIn, TOut> map, int threads, int window = 0)
    {
        if (threads <= 1)
        {
            foreach (var item in items) yield return map(item);
            yield break;
        }
        if (window <= 0) window = threads * 4;
        var pending = new Queue<Task<TOut>>(window);
        using var slots = new SemaphoreSlim(threads);
        foreach (var item in items)
        {
            if (pending.Count == window) yield return pending.Dequeue().GetAwaiter().GetResult();
            var captured = item;
            pending.Enqueue(Task.Run(async () =>
            {
                await slots.WaitAsync().ConfigureAwait(false);
                try { return map(captured); }
                finally { slots.Release(); }
            }));
        }
        while (pending.Count > 0) yield return pending.Dequeue().GetAwaiter().GetResult();
    }
}
