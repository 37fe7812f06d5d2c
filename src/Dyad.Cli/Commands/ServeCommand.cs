using System.CommandLine;
using Dyad.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;

namespace Dyad.Cli.Commands;

/// <summary>`dyad serve`: the HTTP API and the dashboard over a store.</summary>
public static class ServeCommand
{
    public static Command Create(CliContext ctx)
    {
        var store = new StoreOptions();
        var urls = new Option<string>("--urls") { Description = "Where to listen, e.g. http://127.0.0.1:5080 (several separated by ';')", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        // Read from the environment in the action, not as a default value, which --help would print.
        var apiKey = new Option<string?>("--api-key") { Description = "Key that POST /api/documents requires (X-Api-Key header); default $DYAD_API_KEY. Without one, writing is disabled" };
        var maxBytes = new Option<long>("--max-bytes") { Description = "Largest request body accepted", DefaultValueFactory = _ => Dyad.Input.InputOptions.DefaultMaxBytes };
        var cmd = new Command("serve", "Serve the JSON API (OpenAPI at /openapi/v1.json) and the dashboard over a store") { store.Db, urls, apiKey, maxBytes };
        cmd.SetAction(async (r, cancel) =>
        {
            var options = new ServerOptions { Db = r.GetValue(store.Db)!, ApiKey = r.GetValue(apiKey) ?? Environment.GetEnvironmentVariable("DYAD_API_KEY"), MaxRequestBytes = r.GetValue(maxBytes) };
            await using var app = DyadServer.Build(options, b => b.WebHost.UseUrls(r.GetValue(urls)!));
            await app.StartAsync(cancel);
            ctx.Out.WriteLine($"dyad: serving {string.Join(", ", app.Urls)} over {options.Db}; writes {(options.WritesEnabled ? "enabled (API key set)" : "disabled (no --api-key)")}; Ctrl+C stops");
            ctx.Out.Flush();
            await app.WaitForShutdownAsync(cancel);
            return ExitCodes.Success;
        });
        return cmd;
    }
}
