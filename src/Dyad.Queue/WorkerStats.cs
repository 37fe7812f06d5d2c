using System.Text.Json;

namespace Dyad.Queue;

/// <summary>
/// One worker's heartbeat as kept in the queue's worker bucket and shown by `dyad queue status`.
/// Coding and storing seconds (wall time, summed) tell where its time goes: a worker that mostly
/// stores is waiting on PostgreSQL, and more workers will not help.
/// </summary>
public sealed record WorkerStats(
    string Worker, string Host, int Pid, DateTimeOffset Started, DateTimeOffset Updated,
    long Stored, long Skipped, long Events, long DeadLettered, int InFlight, double DocumentsPerSecond,
    double CodingSeconds, double StoringSeconds)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public byte[] Encode() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    public static WorkerStats? Decode(ReadOnlySpan<byte> body)
    {
        try
        {
            return JsonSerializer.Deserialize<WorkerStats>(body, Json);
        }
        catch (JsonException)
        {
            // Written by another version: leave it out of the status rather than fail it.
            return null;
        }
    }
}
