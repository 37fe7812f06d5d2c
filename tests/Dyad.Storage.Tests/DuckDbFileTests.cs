using System.Data.Common;
using Dyad.Bench.Storage;
using Dyad.Storage.Queries;

namespace Dyad.Storage.Tests;

/// <summary>What only a DuckDB file shows: locks, permissions, migrations on disk, surviving kill -9.</summary>
public sealed class DuckDbFileTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("dyad-storage-");
    private string Db(string name = "dyad.duckdb") => Path.Combine(_dir.FullName, name);

    public void Dispose() => _dir.Delete(recursive: true);

    private static long Scalar(string db, string sql)
    {
        using var c = new DuckDB.NET.Data.DuckDBConnection($"Data Source={db}");
        c.Open();
        using DbCommand cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void A_new_file_is_migrated_and_reopens_at_the_same_version()
    {
        using (var store = EventStore.Open(Db())) Assert.Equal(2, store.SchemaVersion);
        using (var store = EventStore.Open(Db())) Assert.Equal(2, store.SchemaVersion);
        using var readOnly = EventStore.Open(Db(), readOnly: true);
        Assert.Equal(new StoreCounts(0, 0, 0), readOnly.Counts());
    }

    [Fact]
    public void A_schema_newer_than_the_code_is_refused()
    {
        using (var store = EventStore.Open(Db())) { }
        using (var c = new DuckDB.NET.Data.DuckDBConnection($"Data Source={Db()}"))
        {
            c.Open();
            using DbCommand cmd = c.CreateCommand();
            cmd.CommandText = "INSERT INTO schema_version VALUES (99, 'future', now())";
            cmd.ExecuteNonQuery();
        }
        var e = Assert.Throws<StoreException>(() => EventStore.Open(Db()));
        Assert.Contains("newer than this dyad knows", e.Message);
    }

    [Fact]
    public void Unknown_database_names_are_refused() =>
        Assert.Contains("neither a DuckDB file", Assert.Throws<StoreException>(() => EventStore.Open("events.txt")).Message);

    [Fact]
    public void Opening_a_missing_file_read_only_says_to_ingest_first() =>
        Assert.Contains("dyad ingest", Assert.Throws<StoreException>(() => EventStore.Open(Db("missing.duckdb"), readOnly: true)).Message);

    [Fact]
    public void A_read_only_file_gets_a_clear_error_and_can_still_be_queried()
    {
        using (var store = EventStore.Open(Db())) store.Store([new SyntheticCorpus().Document(0)]);
        if (OperatingSystem.IsWindows()) File.SetAttributes(Db(), FileAttributes.ReadOnly);
        else File.SetUnixFileMode(Db(), UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var e = Assert.Throws<StoreException>(() => EventStore.Open(Db()));
        Assert.Contains("read-only", e.Message);
        Assert.Contains(Db(), e.Message);
        using var readOnly = EventStore.Open(Db(), readOnly: true);
        Assert.Equal(1, readOnly.Counts().Documents);
        Assert.Contains("read-only", Assert.Throws<StoreException>(() => readOnly.Store([new SyntheticCorpus().Document(1)])).Message);
    }

    [Fact]
    public void A_file_locked_by_another_process_gets_a_clear_error()
    {
        using (EventStore.Open(Db())) { }
        using var holder = ChildProcess.Start("hold", "--db", Db());
        try
        {
            Assert.Equal("ready", holder.StandardOutput.ReadLine());
            var e = Assert.Throws<StoreException>(() => EventStore.Open(Db()));
            Assert.Contains("in use by another process", e.Message);
        }
        finally
        {
            holder.StandardInput.Close();
            if (!holder.WaitForExit(30_000)) holder.Kill();
        }
        using var afterwards = EventStore.Open(Db());
        Assert.Equal(0, afterwards.Counts().Documents);
    }

    [Fact]
    public void An_ingest_killed_part_way_resumes_without_loss_or_duplicates()
    {
        const int docs = 6000;
        using (var child = ChildProcess.Start("ingest", "--db", Db(), "--docs", docs.ToString(), "--batch", "200"))
        {
            // Kill it after a few batches have committed, while it is writing the next.
            string? line;
            int stored = 0;
            while ((line = child.StandardOutput.ReadLine()) is not null && (stored = int.Parse(line.Split(' ')[1])) < 1000) { }
            child.Kill();
            child.WaitForExit();
            Assert.InRange(stored, 1000, docs - 1);
        }
        int partial;
        using (var store = EventStore.Open(Db()))
        {
            var counts = store.Counts();
            partial = (int)counts.Documents;
            Assert.Equal(partial * 3, counts.Reports); // whole documents only: three reports each
        }
        using (var child = ChildProcess.Start("ingest", "--db", Db(), "--docs", docs.ToString(), "--batch", "200"))
        {
            var all = child.StandardOutput.ReadToEnd();
            child.WaitForExit();
            Assert.Equal(0, child.ExitCode);
            Assert.Contains($"({docs - partial} new, {partial} already stored)", all);
        }
        // The same documents ingested without interruption give the same store.
        using (var child = ChildProcess.Start("ingest", "--db", Db("clean.duckdb"), "--docs", docs.ToString(), "--batch", "450"))
        {
            child.StandardOutput.ReadToEnd();
            child.WaitForExit();
        }
        using var resumed = EventStore.Open(Db());
        using var clean = EventStore.Open(Db("clean.duckdb"));
        Assert.Equal(new StoreCounts(docs, docs * 3, clean.Counts().Events), resumed.Counts());
        Assert.Equal(0L, Scalar(Db(), "SELECT count(*) - count(DISTINCT (doc, coder_event_id)) FROM reports"));
        Assert.Equal((long)docs * 3, Scalar(Db(), "SELECT CAST(sum(mentions) AS BIGINT) FROM events"));
        // Batch boundaries differ (200 then a restart, against 450), the events must not.
        static IEnumerable<object> Shape(IEventStore s) =>
            s.Events(new EventQuery { Limit = docs * 3 }).Select(e => (e.Event.Doc, e.Date, e.Mentions, e.Articles, e.Sources)).Cast<object>();
        Assert.Equal(Shape(clean), Shape(resumed));
    }
}
