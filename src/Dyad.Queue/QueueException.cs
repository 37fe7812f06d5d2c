namespace Dyad.Queue;

/// <summary>The queue could not be reached or used; the message says what to check.</summary>
public sealed class QueueException(string message, Exception? inner = null) : Exception(message, inner);
