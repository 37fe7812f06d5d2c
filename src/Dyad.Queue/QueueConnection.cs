using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using NATS.Client.KeyValueStore;

namespace Dyad.Queue;

/// <summary>
/// A connection to the NATS server with the queue's streams, consumer and worker bucket in place.
/// Every verb creates what is missing, so the first publisher or worker sets the queue up.
/// </summary>
public sealed class QueueConnection : IAsyncDisposable
{
    /// <summary>How long the server remembers a message id: re-publishing within it is dropped by the server; later re-publishes are skipped by the workers' store check.</summary>
    public static readonly TimeSpan DuplicateWindow = TimeSpan.FromHours(1);

    private readonly NatsConnection _nats;

    public QueueNames Names { get; }
    public string Url { get; }
    public NatsJSContext JetStream { get; }
    public INatsKVStore Workers { get; private set; } = null!;

    private QueueConnection(string url, QueueNames names, NatsConnection nats)
    {
        Url = url;
        Names = names;
        _nats = nats;
        JetStream = new NatsJSContext(nats);
    }

    public static async Task<QueueConnection> OpenAsync(string url, QueueNames names, CancellationToken ct = default)
    {
        if (!url.StartsWith("nats://", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("tls://", StringComparison.OrdinalIgnoreCase))
            throw new QueueException($"--queue '{url}' is not a NATS URL (expected nats://host:4222)");
        var nats = new NatsConnection(new NatsOpts { Url = url, Name = "dyad" });
        var queue = new QueueConnection(url, names, nats);
        try
        {
            await nats.ConnectAsync();
            await queue.EnsureTopologyAsync(ct);
        }
        catch (NatsJSApiException e) when (e.Error.Code == 503)
        {
            await nats.DisposeAsync();
            throw new QueueException($"NATS at {url} has no JetStream: start nats-server with -js", e);
        }
        catch (NatsException e)
        {
            await nats.DisposeAsync();
            throw new QueueException($"cannot use the queue at {url}: {e.Message} (is nats-server -js running there?)", e);
        }
        return queue;
    }

    /// <summary>The durable consumer every worker pulls from; the ack wait is set by the worker that last (re)created it.</summary>
    public async Task<INatsJSConsumer> ConsumerAsync(TimeSpan ackWait, CancellationToken ct) =>
        await JetStream.CreateOrUpdateConsumerAsync(Names.Stream, new ConsumerConfig(Names.Consumer)
        {
            DurableName = Names.Consumer,
            AckPolicy = ConsumerConfigAckPolicy.Explicit,
            AckWait = ackWait,
            // Workers count deliveries themselves and dead-letter with the error; a server-side limit
            // would strand the message in the stream with nobody to report it.
            MaxDeliver = -1,
            MaxAckPending = 100_000,
        }, ct);

    private async Task EnsureTopologyAsync(CancellationToken ct)
    {
        // Work-queue retention deletes a document once acknowledged: the stream holds only pending work.
        await JetStream.CreateOrUpdateStreamAsync(new StreamConfig(Names.Stream, [Names.Subject])
        {
            Retention = StreamConfigRetention.Workqueue,
            Storage = StreamConfigStorage.File,
            DuplicateWindow = DuplicateWindow,
        }, ct);
        await JetStream.CreateOrUpdateStreamAsync(new StreamConfig(Names.DeadStream, [Names.DeadSubject])
        {
            Storage = StreamConfigStorage.File,
            DuplicateWindow = DuplicateWindow,
        }, ct);
        // A worker that stops heartbeating (killed, host lost) drops out of `queue status` after a while.
        Workers = await new NatsKVContext(JetStream).CreateOrUpdateStoreAsync(
            new NatsKVConfig(Names.WorkerBucket) { MaxAge = WorkerHeartbeat.Expiry, History = 1 }, ct);
    }

    public ValueTask DisposeAsync() => _nats.DisposeAsync();
}
