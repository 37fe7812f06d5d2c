namespace Dyad.Storage;

/// <summary>
/// The store cannot do what was asked (locked, read-only, unreachable, schema too new); the message
/// is for the user and says what to do next.
/// </summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
