using System.Net.Http.Headers;
using Dyad.Storage;
using Microsoft.AspNetCore.TestHost;

namespace Dyad.Server.Tests;

/// <summary>
/// A server over a fresh DuckDB file, seeded through POST /api/documents with the NATO-Russia
/// fixture and an article carrying injected markup. Started once for all the tests that use it:
/// loading the coder's models is the slow part.
/// </summary>
public class SeededServer : IAsyncLifetime
{
    public const string Key = "test-key-0123456789";
    private readonly string _dir = Directory.CreateTempSubdirectory("dyad-server-").FullName;

    public WebApplication App { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;
    public string Db => Path.Combine(_dir, "seed.duckdb");

    /// <summary>The article whose sentence holds a script and an image with an onerror handler.</summary>
    public static string InjectedArticle => """
        {"id": "injected", "published": "2021-11-02", "title": "<img src=x onerror=\"window.pwned=2\">", "text": "NATO accused Russia of spying <script>window.pwned=1</script> on Tuesday."}
        """;

    public async Task InitializeAsync()
    {
        App = DyadServer.Build(new ServerOptions { Db = Db, ApiKey = Key }, Host);
        await App.StartAsync();
        Client = CreateClient();
        foreach (var body in new[] { File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "nato-russia.jsonl")), InjectedArticle })
        {
            using var response = await Post(Client, body, "application/x-ndjson", Key);
            response.EnsureSuccessStatusCode();
        }
    }

    /// <summary>The in-memory test server; a browser needs a real socket (see <see cref="LoopbackServer"/>).</summary>
    protected virtual void Host(WebApplicationBuilder builder) => builder.WebHost.UseTestServer();

    protected virtual HttpClient CreateClient() => App.GetTestClient();

    public static Task<HttpResponseMessage> Post(HttpClient client, string body, string mediaType, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = new StringContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        return client.SendAsync(request);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }
}
