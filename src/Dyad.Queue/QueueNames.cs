namespace Dyad.Queue;

/// <summary>
/// The JetStream objects one Dyad queue uses, all derived from one name so that several queues
/// (or tests running side by side) can share a NATS server without seeing each other's documents.
/// </summary>
public sealed record QueueNames
{
    public const string DefaultName = "dyad";

    public string Name { get; }
    /// <summary>Work-queue stream holding documents waiting to be coded.</summary>
    public string Stream { get; }
    public string Subject { get; }
    /// <summary>The durable pull consumer every worker shares.</summary>
    public string Consumer { get; }
    /// <summary>Stream of documents that could not be coded or stored, each with its error.</summary>
    public string DeadStream { get; }
    public string DeadSubject { get; }
    /// <summary>Key-value bucket where each worker keeps its heartbeat and counters.</summary>
    public string WorkerBucket { get; }

    public QueueNames(string name = DefaultName)
    {
        // Stream, consumer and bucket names allow only these characters; a dot would also split subjects.
        if (string.IsNullOrEmpty(name) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            throw new ArgumentException($"queue name '{name}' may only hold letters, digits, '-' and '_'", nameof(name));
        Name = name;
        Stream = $"{name}_documents";
        Subject = $"{name}.documents";
        Consumer = $"{name}_workers";
        DeadStream = $"{name}_dead";
        DeadSubject = $"{name}.dead";
        WorkerBucket = $"{name}_workers";
    }
}
