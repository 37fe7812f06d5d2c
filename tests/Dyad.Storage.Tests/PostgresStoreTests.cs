using Npgsql;
using Xunit.Abstractions;

namespace Dyad.Storage.Tests;

/// <summary>
/// The same behaviour against a real PostgreSQL: DYAD_TEST_POSTGRES holds a postgres:// URL (see
/// scripts/postgres-test-server.sh). Each test gets its own schema. Without the variable these
/// tests fail under CI=true and pass vacuously elsewhere, saying so.
/// </summary>
public sealed class PostgresStoreTests(ITestOutputHelper output) : StoreBehaviour
{
    protected override IEventStore? OpenFresh() => PostgresTest.FreshUrl(output) is { } url ? EventStore.Open(url) : null;

    [Fact]
    public async Task Concurrent_writers_store_each_document_once()
    {
        if (PostgresTest.FreshUrl(output) is not { } url) return;
        using var first = EventStore.Open(url);
        using var second = EventStore.Open(url);
        var docs = new Dyad.Bench.Storage.SyntheticCorpus(seed: 3, eventPool: 100).Documents(400).ToList();
        static Ingest.IngestResult StoreAll(IEventStore store, IEnumerable<Ingest.IngestDocument> docs) =>
            docs.Chunk(50).Select(b => store.Store(b)).Aggregate(Ingest.IngestResult.Empty, (a, r) => a.Add(r));
        // Two connections writing the same documents at once, from opposite ends.
        var results = await Task.WhenAll(Task.Run(() => StoreAll(first, docs)), Task.Run(() => StoreAll(second, Enumerable.Reverse(docs))));
        Assert.Equal(400, results.Sum(r => r.Stored));
        Assert.Equal(400, results.Sum(r => r.Skipped));
        var counts = first.Counts();
        Assert.Equal((400L, 1200L), (counts.Documents, counts.Reports));
        Assert.Equal(1200, first.Events(new Queries.EventQuery { Limit = 10_000 }).Sum(e => e.Mentions));
    }
}

internal static class PostgresTest
{
    public const string Variable = "DYAD_TEST_POSTGRES";

    public static string? Url(ITestOutputHelper output)
    {
        var url = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(url)) return url;
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"{Variable} is not set under CI: run scripts/postgres-test-server.sh and export the URL it prints");
        output.WriteLine($"PostgreSQL test not run: set {Variable}=postgres://user:pass@127.0.0.1:port/db (scripts/postgres-test-server.sh prints one)");
        return null;
    }

    /// <summary>The URL of a new, empty schema, or null when PostgreSQL is not configured outside CI.</summary>
    public static string? FreshUrl(ITestOutputHelper output)
    {
        if (Url(output) is not { } url) return null;
        string schema = "t_" + Guid.NewGuid().ToString("N");
        using (var c = new NpgsqlConnection(Postgres.PostgresUrl.Parse(url).ConnectionString))
        {
            c.Open();
            using var cmd = new NpgsqlCommand($"CREATE SCHEMA {schema}", c);
            cmd.ExecuteNonQuery();
        }
        return url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "search_path=" + schema;
    }
}
