using Microsoft.AspNetCore.Hosting;

namespace Dyad.Server.Tests;

/// <summary>The seeded server on Kestrel at a free port of 127.0.0.1, for the browser.</summary>
public sealed class LoopbackServer : SeededServer
{
    public string BaseUrl => App.Urls.First();

    protected override void Host(WebApplicationBuilder builder) => builder.WebHost.UseUrls("http://127.0.0.1:0");

    protected override HttpClient CreateClient() => new() { BaseAddress = new Uri(BaseUrl) };
}
