namespace Dyad.Queue;

/// <summary>How one worker pulls and codes documents.</summary>
public sealed record WorkerOptions
{
    /// <summary>Documents coded at once inside this worker.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Most messages this worker holds unacknowledged: one fetch, coded in parallel and stored in one
    /// transaction. It bounds memory and what a crash hands back to the others after the ack wait.
    /// </summary>
    public int MaxInFlight { get; init; } = 64;

    /// <summary>Deliveries without an ack (worker killed, timed out, store down at shutdown) before a document is dead-lettered.</summary>
    public int MaxDeliver { get; init; } = 5;

    /// <summary>How long the server waits for an ack before giving a message to another worker. Long work keeps its messages with progress acks.</summary>
    public TimeSpan AckWait { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long one pull waits for a full batch when the queue is nearly empty.</summary>
    public TimeSpan FetchWait { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>This worker's name in the status and the dead letters: unique per process by default.</summary>
    public string Name { get; init; } = DefaultName();

    public static string DefaultName()
    {
        // Bucket keys allow letters, digits, '-', '_', '=' and '.'.
        var host = new string([.. Environment.MachineName.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-')]);
        return $"{host}-{Environment.ProcessId}";
    }
}
