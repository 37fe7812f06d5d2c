namespace Dyad.Storage.Tests;

public sealed class DuckDbStoreTests : StoreBehaviour
{
    protected override IEventStore OpenFresh() => EventStore.Open(":memory:");
}
