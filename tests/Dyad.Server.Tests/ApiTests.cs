using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;

namespace Dyad.Server.Tests;

/// <summary>The JSON API through the ASP.NET test server, over the seeded NATO-Russia store.</summary>
public sealed class ApiTests(SeededServer server) : IClassFixture<SeededServer>
{
    private HttpClient Client => server.Client;

    private async Task<JsonElement> Json(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await Client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static IEnumerable<JsonElement> Events(JsonElement page) => page.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("event"));

    [Fact]
    public async Task Events_are_filtered_like_dyad_events()
    {
        var page = await Json("/api/events?dyad=IGOWSTNAT,RUS&limit=50");
        var events = Events(page).ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Contains(e.GetProperty("source").GetProperty("code").GetString()![..3], new[] { "IGO", "RUS" }));
        Assert.Contains(events, e => e.GetProperty("cameo").GetString()!.StartsWith("16", StringComparison.Ordinal));

        var directed = Events(await Json("/api/events?source=IGOWSTNAT&target=RUS&cameo=16")).ToList();
        Assert.NotEmpty(directed);
        Assert.All(directed, e => Assert.Equal("IGOWSTNAT", e.GetProperty("source").GetProperty("code").GetString()));

        Assert.Empty(Events(await Json("/api/events?actor=RUS&from=2022")));
        Assert.NotEmpty(Events(await Json("/api/events?text=expelled&quad=4")));
    }

    [Fact]
    public async Task Events_are_paged()
    {
        var first = await Json("/api/events?limit=2");
        Assert.Equal(2, first.GetProperty("events").GetArrayLength());
        Assert.Equal(2, first.GetProperty("next_offset").GetInt32());
        var second = await Json("/api/events?limit=2&offset=2");
        Assert.NotEqual(first.GetProperty("events")[0].GetProperty("id").GetInt64(), second.GetProperty("events")[0].GetProperty("id").GetInt64());
        var all = await Json("/api/events?limit=1000");
        Assert.Equal(JsonValueKind.Null, all.GetProperty("next_offset").ValueKind);
    }

    [Theory]
    [InlineData("/api/events?quad=7", "quad")]
    [InlineData("/api/events?from=last-week", "not a date")]
    [InlineData("/api/events?limit=100000", "limit")]
    [InlineData("/api/events?actor=R%25S", "CAMEO actor code")]
    [InlineData("/api/events?dyad=RUS", "two actor codes")]
    [InlineData("/api/series?a=RUS&b=USA&by=decade", "by must be")]
    public async Task Bad_parameters_get_400_with_a_message_and_no_stack_trace(string path, string message)
    {
        var error = await Json(path, HttpStatusCode.BadRequest);
        Assert.Contains(message, error.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", error.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_event_comes_with_its_evidence_offsets_in_the_sentence()
    {
        var id = (await Json("/api/events?source=IGOWSTNAT&target=RUS&text=expelled")).GetProperty("events")[0].GetProperty("id").GetInt64();
        // The headline ("NATO expels...") and the body ("NATO expelled...") are two reports of one event.
        var reports = (await Json($"/api/events/{id}")).GetProperty("reports").EnumerateArray().ToList();
        Assert.Equal(2, reports.Count);
        var report = reports.Single(r => r.GetProperty("event").GetProperty("trigger").GetProperty("text").GetString() == "expelled");
        var evidence = report.GetProperty("evidence");
        var sentence = evidence.GetProperty("sentence").GetString()!;
        var spans = evidence.GetProperty("spans").EnumerateArray().ToDictionary(s => s.GetProperty("role").GetString()!);
        Assert.Equal(["source", "target", "trigger"], spans.Keys.Order());
        foreach (var s in spans.Values)
            Assert.Equal(s.GetProperty("text").GetString(), sentence[s.GetProperty("start").GetInt32()..s.GetProperty("end").GetInt32()]);
        Assert.Equal("expelled", spans["trigger"].GetProperty("text").GetString());
        Assert.Equal("expel", evidence.GetProperty("rule").GetString());
        Assert.Equal("nato-expels-russians", report.GetProperty("event").GetProperty("doc").GetString());

        await Json("/api/events/999999", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_document_comes_with_its_text_and_every_event_at_its_offsets()
    {
        var id = (await Json("/api/events?source=IGOWSTNAT&target=RUS&text=expelled")).GetProperty("events")[0].GetProperty("id").GetInt64();
        var key = (await Json($"/api/events/{id}")).GetProperty("reports")[0].GetProperty("doc_key").GetString()!;
        var doc = await Json($"/api/documents/{Uri.EscapeDataString(key)}");
        var text = doc.GetProperty("text").GetString()!;
        var reports = doc.GetProperty("reports").EnumerateArray().ToList();
        Assert.NotEmpty(reports);
        foreach (var r in reports)
        {
            var e = r.GetProperty("event");
            foreach (var part in new[] { "source", "target", "trigger" })
            {
                var span = e.GetProperty(part);
                Assert.Equal(span.GetProperty("text").GetString(), text[span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()]);
            }
        }
        await Json("/api/documents/no-such-key", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Series_counts_both_directions()
    {
        var series = await Json("/api/series?a=IGOWSTNAT&b=RUS&by=month");
        var points = series.GetProperty("points").EnumerateArray().ToList();
        Assert.Contains(points, p => p.GetProperty("source").GetString() == "IGOWSTNAT" && p.GetProperty("material_conflict").GetInt64() >= 1);
        Assert.Contains(points, p => p.GetProperty("source").GetString() == "RUS" && p.GetProperty("target").GetString() == "IGOWSTNAT");
        Assert.All(points, p => Assert.Equal("2021-", p.GetProperty("period").GetString()![..5]));
        Assert.True(points[0].TryGetProperty("goldstein_mean", out _));
    }

    [Fact]
    public async Task Actors_are_searched_by_name_and_ranked_by_events()
    {
        var found = await Json("/api/actors?q=nato");
        Assert.Equal("IGOWSTNAT", found[0].GetProperty("code").GetString());
        Assert.Equal("RUS", (await Json("/api/actors?q=RUS"))[0].GetProperty("code").GetString());

        var top = (await Json("/api/actors/top?from=2021-10&to=2021-10")).EnumerateArray().Select(a => a.GetProperty("actor").GetString()).ToList();
        Assert.Contains("IGOWSTNAT", top);
        Assert.Contains("RUS", top);
        var dyads = (await Json("/api/dyads/top?limit=5")).EnumerateArray().ToList();
        Assert.Contains(dyads, d => d.GetProperty("source").GetString() == "IGOWSTNAT" && d.GetProperty("target").GetString() == "RUS");
    }

    [Fact]
    public async Task Export_writes_every_match_as_csv()
    {
        using var response = await Client.GetAsync("/api/export?format=csv&actor=IGOWSTNAT");
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length >= 3, string.Join('\n', lines));
        Assert.Contains("IGOWSTNAT", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_needs_the_api_key_and_stores_once()
    {
        const string article = "NATO praised Ukraine for its reforms on Monday.";
        using (var none = await SeededServer.Post(Client, article, "text/plain", null)) Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        using (var wrong = await SeededServer.Post(Client, article, "text/plain", SeededServer.Key + "x")) Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        using (var ok = await SeededServer.Post(Client, article, "text/plain", SeededServer.Key))
        {
            var body = JsonDocument.Parse(await ok.Content.ReadAsStringAsync()).RootElement;
            Assert.True(ok.IsSuccessStatusCode, body.GetRawText());
            Assert.Equal(1, body.GetProperty("stored").GetInt32() + body.GetProperty("skipped").GetInt32());
        }
        using var again = await SeededServer.Post(Client, article, "text/plain", SeededServer.Key);
        Assert.Equal(1, JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("skipped").GetInt32());
    }

    [Fact]
    public async Task Bad_posts_are_refused_with_reasons()
    {
        using (var type = await SeededServer.Post(Client, "{}", "application/pdf", SeededServer.Key))
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, type.StatusCode);
        using (var big = await SeededServer.Post(Client, new string('a', 11 * 1024 * 1024), "text/plain", SeededServer.Key))
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big.StatusCode);
        using var bad = await SeededServer.Post(Client, "not json\n", "application/x-ndjson", SeededServer.Key);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("invalid JSON", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_response_carries_the_content_security_policy()
    {
        using var page = await Client.GetAsync("/");
        page.EnsureSuccessStatusCode();
        Assert.Contains("text/html", page.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        var csp = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        using var api = await Client.GetAsync("/api/events");
        Assert.True(api.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task Pages_have_no_inline_scripts_and_vendor_files_are_served()
    {
        foreach (var page in new[] { "index.html", "events.html", "map.html", "document.html", "article.html" })
        {
            var html = await Client.GetStringAsync("/" + page);
            Assert.DoesNotMatch(@"<script(?![^>]*\bsrc=)", html);
            Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        }
        using var atlas = await Client.GetAsync("/vendor/countries-110m.json");
        atlas.EnsureSuccessStatusCode();
        using var topojson = await Client.GetAsync("/vendor/topojson-client.min.js");
        topojson.EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Health_metrics_and_openapi_answer()
    {
        var health = await Json("/health");
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.True(health.GetProperty("events").GetInt64() >= 4);
        Assert.True(health.GetProperty("writes").GetBoolean());

        var metrics = await Client.GetStringAsync("/metrics");
        Assert.Contains("dyad_http_requests_total{code=\"2xx\"}", metrics, StringComparison.Ordinal);
        Assert.Contains("dyad_store_rows{table=\"events\"}", metrics, StringComparison.Ordinal);

        var openapi = await Json("/openapi/v1.json");
        var paths = openapi.GetProperty("paths");
        foreach (var path in new[] { "/api/events", "/api/events/{id}", "/api/series", "/api/actors", "/api/actors/top", "/api/dyads/top", "/api/documents", "/api/documents/{key}", "/api/export", "/health", "/metrics" })
            Assert.True(paths.TryGetProperty(path, out _), $"{path} missing from OpenAPI");
        var parameters = paths.GetProperty("/api/events").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("dyad", parameters);
        Assert.Contains("offset", parameters);
    }

    [Fact]
    public async Task Without_an_api_key_writing_is_disabled_with_403()
    {
        var dir = Directory.CreateTempSubdirectory("dyad-readonly-").FullName;
        try
        {
            var db = Path.Combine(dir, "empty.duckdb");
            Dyad.Storage.EventStore.Open(db).Dispose();
            await using var app = DyadServer.Build(new ServerOptions { Db = db, Connections = 1 }, b => b.WebHost.UseTestServer());
            await app.StartAsync();
            using var refused = await SeededServer.Post(app.GetTestClient(), "NATO praised Ukraine.", "text/plain", "anything");
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("--api-key", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_store_that_cannot_be_opened_fails_the_start_with_the_stores_message()
    {
        var e = Assert.Throws<Dyad.Storage.StoreException>(() =>
            DyadServer.Build(new ServerOptions { Db = "/nonexistent/dir/x.duckdb" }, b => b.WebHost.UseTestServer()));
        Assert.Contains("x.duckdb", e.Message, StringComparison.Ordinal);
    }
}
