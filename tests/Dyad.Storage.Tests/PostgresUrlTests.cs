using Dyad.Storage.Postgres;

namespace Dyad.Storage.Tests;

public class PostgresUrlTests
{
    [Fact]
    public void Parses_user_password_host_port_database_and_options()
    {
        var b = PostgresUrl.Parse("postgres://ev%40ent:p%3Ass@db.example:6543/dyad?search_path=s1&timeout=5");
        Assert.Equal(("ev@ent", "p:ss", "db.example", 6543, "dyad", "s1", 5), (b.Username, b.Password, b.Host, b.Port, b.Database, b.SearchPath, b.Timeout));
    }

    [Fact]
    public void Defaults_port_and_database() =>
        Assert.Equal((5432, "postgres"), (PostgresUrl.Parse("postgresql://u@h").Port, PostgresUrl.Parse("postgresql://u@h").Database));

    [Fact]
    public void Messages_hide_the_password() =>
        Assert.Equal("postgres://u:***@h:1/d", PostgresUrl.Redact("postgres://u:secret@h:1/d"));

    [Fact]
    public void Unknown_options_are_refused() =>
        Assert.Contains("nonsense", Assert.Throws<StoreException>(() => PostgresUrl.Parse("postgres://u@h/d?nonsense=1")).Message);

    [Fact]
    public void An_unreachable_server_gets_a_clear_error()
    {
        var e = Assert.Throws<StoreException>(() => EventStore.Open("postgres://u:p@127.0.0.1:1/d?timeout=2"));
        Assert.StartsWith("cannot reach PostgreSQL d@127.0.0.1:1", e.Message);
        Assert.DoesNotContain(":p@", e.Message);
    }
}
