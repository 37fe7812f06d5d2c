using System.Diagnostics;
using Dyad.Core.Documents;
using Dyad.Input;
using Dyad.Storage.Ingest;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace Dyad.Queue;

/// <summary>What publishing did: documents accepted by the stream, dropped as already published, and inputs that failed.</summary>
public sealed record PublishResult(int Published, int Duplicates, int Failed, TimeSpan Elapsed);

/// <summary>
/// Publishes source documents to the queue's stream, each with its document key as the message id,
/// so the server drops a document published again within its duplicate window.
/// </summary>
public sealed class DocumentPublisher(QueueConnection queue)
{
    /// <summary>Publishes awaiting acknowledgement at once: enough to hide the round trip, few enough to bound memory.</summary>
    private const int Window = 256;

    public async Task<PublishResult> PublishAsync(IEnumerable<InputItem> inputs, Action<InputError> onError, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        int published = 0, duplicates = 0, failed = 0;
        var pending = new Queue<(SourceDocument Doc, Task<PubAckResponse> Ack)>();

        async Task Settle()
        {
            var (doc, ack) = pending.Dequeue();
            try
            {
                var response = await ack;
                // A duplicate within the window comes back as an exception or, from older servers, a flag.
                response.EnsureSuccess();
                if (response.Duplicate) duplicates++;
                else published++;
            }
            catch (NatsJSDuplicateMessageException)
            {
                duplicates++;
            }
            catch (NatsException e)
            {
                // Too large for the server's max_payload, or the stream is full: this document only.
                failed++;
                onError(new InputError(doc.Origin, $"not queued: {e.Message}"));
            }
        }

        foreach (var item in inputs)
        {
            if (item.Error is { } error) { failed++; onError(error); continue; }
            var doc = item.Document!;
            var ack = queue.JetStream.PublishAsync(queue.Names.Subject, QueuedDocument.Encode(doc),
                opts: new NatsJSPubOpts { MsgId = DocumentKey.Of(doc).Id }, cancellationToken: ct).AsTask();
            pending.Enqueue((doc, ack));
            if (pending.Count >= Window) await Settle();
        }
        while (pending.Count > 0) await Settle();
        return new PublishResult(published, duplicates, failed, clock.Elapsed);
    }
}
