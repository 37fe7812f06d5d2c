using NATS.Client.JetStream;

namespace Dyad.Queue;

/// <summary>
/// The queue at one moment: documents waiting, held by workers and not yet acknowledged, given up
/// on, and what each live worker reports.
/// </summary>
public sealed record QueueStatus(long Pending, long InFlight, long Redelivered, long DeadLettered, IReadOnlyList<WorkerStats> Workers)
{
    /// <summary>Nothing waiting and nothing in flight: every published document is stored or dead-lettered.</summary>
    public bool Drained => Pending == 0 && InFlight == 0;

    public static async Task<QueueStatus> ReadAsync(QueueConnection queue, CancellationToken ct = default)
    {
        var stream = await queue.JetStream.GetStreamAsync(queue.Names.Stream, cancellationToken: ct);
        var dead = await queue.JetStream.GetStreamAsync(queue.Names.DeadStream, cancellationToken: ct);
        long pending = (long)stream.Info.State.Messages, inFlight = 0, redelivered = 0;
        try
        {
            var consumer = await queue.JetStream.GetConsumerAsync(queue.Names.Stream, queue.Names.Consumer, ct);
            // Work-queue retention: the stream holds exactly the unacknowledged documents, some of them out with workers.
            inFlight = consumer.Info.NumAckPending;
            redelivered = consumer.Info.NumRedelivered;
            pending = (long)consumer.Info.NumPending;
        }
        catch (NatsJSApiException e) when (e.Error.Code == 404)
        {
            // No worker has started yet: everything in the stream is pending.
        }
        var workers = new List<WorkerStats>();
        await foreach (var key in queue.Workers.GetKeysAsync(cancellationToken: ct))
        {
            var entry = await queue.Workers.TryGetEntryAsync<byte[]>(key, cancellationToken: ct);
            if (entry.Success && entry.Value.Value is { } body && WorkerStats.Decode(body) is { } stats) workers.Add(stats);
        }
        return new QueueStatus(pending, inFlight, redelivered, (long)dead.Info.State.Messages, [.. workers.OrderBy(w => w.Worker, StringComparer.Ordinal)]);
    }
}
