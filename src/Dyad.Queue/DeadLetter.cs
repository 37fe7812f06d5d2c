using Dyad.Core.Documents;
using NATS.Client.Core;
using NATS.Client.JetStream;

namespace Dyad.Queue;

/// <summary>
/// A document the workers gave up on, kept in the dead-letter stream with the reason: the message
/// body is the queued document unchanged (so it can be fixed and published again), the error and
/// the delivery count ride in headers.
/// </summary>
public sealed record DeadLetter(string Doc, string Origin, string Key, string Error, int Deliveries, string Worker, ReadOnlyMemory<byte> Body)
{
    private const string ErrorHeader = "Dyad-Error", DocHeader = "Dyad-Doc", OriginHeader = "Dyad-Origin",
        KeyHeader = "Dyad-Key", DeliveriesHeader = "Dyad-Deliveries", WorkerHeader = "Dyad-Worker";

    /// <summary>Records the dead letter; its id is the document key, so a worker killed between this and its ack records it once.</summary>
    public async Task PublishAsync(QueueConnection queue, CancellationToken ct = default)
    {
        var headers = new NatsHeaders
        {
            [ErrorHeader] = OneLine(Error),
            [DocHeader] = OneLine(Doc),
            [OriginHeader] = OneLine(Origin),
            [KeyHeader] = Key,
            [DeliveriesHeader] = Deliveries.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [WorkerHeader] = Worker,
        };
        var ack = await queue.JetStream.PublishAsync(queue.Names.DeadSubject, Body.ToArray(), headers: headers,
            opts: new NatsJSPubOpts { MsgId = "dead-" + Key }, cancellationToken: ct);
        ack.EnsureSuccess();
    }

    /// <summary>Every dead letter of the queue, oldest first.</summary>
    public static async IAsyncEnumerable<DeadLetter> ReadAllAsync(QueueConnection queue, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        var stream = await queue.JetStream.GetStreamAsync(queue.Names.DeadStream, cancellationToken: ct);
        if (stream.Info.State.Messages == 0) yield break;
        var reader = await queue.JetStream.CreateOrderedConsumerAsync(queue.Names.DeadStream, cancellationToken: ct);
        ulong last = stream.Info.State.LastSeq;
        await foreach (var m in reader.ConsumeAsync<byte[]>(cancellationToken: ct))
        {
            var h = m.Headers;
            string Get(string name) => h is not null && h.TryGetValue(name, out var v) ? v.ToString() : "";
            yield return new DeadLetter(Get(DocHeader), Get(OriginHeader), Get(KeyHeader), Get(ErrorHeader),
                int.TryParse(Get(DeliveriesHeader), out int n) ? n : 0, Get(WorkerHeader), m.Data ?? []);
            if (m.Metadata?.Sequence.Stream >= last) yield break;
        }
    }

    /// <summary>The original document, decoded again.</summary>
    public SourceDocument Document() => QueuedDocument.Decode(Body.Span);

    // Header values cannot hold line breaks.
    private static string OneLine(string s) => s.ReplaceLineEndings(" ");
}
