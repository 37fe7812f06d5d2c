using Xunit.Abstractions;

namespace Dyad.Queue.Tests;

/// <summary>
/// The NATS server (DYAD_TEST_NATS, from scripts/nats-test-server.sh) and PostgreSQL
/// (DYAD_TEST_POSTGRES, from scripts/postgres-test-server.sh) the integration tests need. Without
/// them the tests fail under CI=true and pass vacuously elsewhere, saying so.
/// </summary>
internal static class TestServers
{
    public const string NatsVariable = "DYAD_TEST_NATS", PostgresVariable = "DYAD_TEST_POSTGRES";

    public static string? Nats(ITestOutputHelper output) => Get(NatsVariable, "nats://127.0.0.1:port (scripts/nats-test-server.sh prints one)", output);

    public static string? Postgres(ITestOutputHelper output) => Get(PostgresVariable, "postgres://user:pass@127.0.0.1:port/db (scripts/postgres-test-server.sh prints one)", output);

    /// <summary>A queue name no other test or run uses.</summary>
    public static QueueNames FreshQueue() => new("test_" + Guid.NewGuid().ToString("N")[..12]);

    private static string? Get(string variable, string example, ITestOutputHelper output)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        if (!string.IsNullOrWhiteSpace(value)) return value;
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"{variable} is not set under CI: run scripts/test.sh, which starts the servers and exports it");
        output.WriteLine($"queue test not run: set {variable}={example}");
        return null;
    }
}
