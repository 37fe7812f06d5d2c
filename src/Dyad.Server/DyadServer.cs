using System.Text.Json;
using Dyad.Actors;
using Dyad.Pipeline;
using Dyad.Server.Api;
using Dyad.Server.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Dyad.Server;

/// <summary>
/// The web server behind `dyad serve`: the JSON API under /api, OpenAPI at /openapi/v1.json,
/// /health, /metrics and the dashboard's static pages.
/// </summary>
public static class DyadServer
{
    /// <summary>
    /// Builds the application. <paramref name="host"/> lets the caller choose the server: Kestrel URLs
    /// for `dyad serve`, the in-memory test server for tests.
    /// </summary>
    /// <exception cref="Dyad.Storage.StoreException">The store cannot be opened.</exception>
    public static WebApplication Build(ServerOptions options, Action<WebApplicationBuilder>? host = null)
    {
        // Production always: the developer exception page would show stack traces to anyone.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production, WebRootPath = options.WebRoot });
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            k.AddServerHeader = false;
        });
        builder.Services.ConfigureHttpJsonOptions(j => j.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(options);
        // Made by the container so that it is disposed (and the database closed) when the server stops.
        builder.Services.AddSingleton(_ => new StorePool(options.Db, readOnly: !options.WritesEnabled, options.Connections));
        builder.Services.AddSingleton(new ApiKey(options.ApiKey));
        builder.Services.AddSingleton(new Metrics());
        builder.Services.AddSingleton(_ => new ActorSearch(ActorDictionary.LoadDefault()));
        // Loading the models takes a while and only writers need them.
        builder.Services.AddSingleton(_ => DyadPipeline.Create());
        host?.Invoke(builder);

        var app = builder.Build();
        // Opened now, so a bad --db fails the start rather than the first request.
        app.Services.GetRequiredService<StorePool>();
        app.Services.GetRequiredService<Metrics>().Count(app);
        app.UseSecurityHeaders();
        app.UseErrorResponses();
        var files = new PhysicalFileProvider(options.WebRoot);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.MapOpenApi();
        var api = app.MapGroup("/api");
        EventEndpoints.Map(api);
        SeriesEndpoints.Map(api);
        ActorEndpoints.Map(api);
        DocumentEndpoints.Map(api);
        HealthEndpoints.Map(app);
        return app;
    }
}
