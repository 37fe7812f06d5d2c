using Dyad.Input;

namespace Dyad.Server;

/// <summary>What `dyad serve` (or a test) chooses about the server.</summary>
public sealed record ServerOptions
{
    /// <summary>The --db argument: a DuckDB file or a postgres:// URL.</summary>
    public required string Db { get; init; }

    /// <summary>
    /// The key POST /api/documents requires (header X-Api-Key). There is no default: when null or
    /// empty, writing is disabled and the store is opened read-only.
    /// </summary>
    public string? ApiKey { get; init; }

    /// <summary>The largest request body accepted, the same limit `dyad code` puts on one input.</summary>
    public long MaxRequestBytes { get; init; } = InputOptions.DefaultMaxBytes;

    /// <summary>Store connections held open; each serves one request at a time.</summary>
    public int Connections { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>Folder of the dashboard's static files; by default the wwwroot copied beside this assembly.</summary>
    public string WebRoot { get; init; } = Path.Combine(AppContext.BaseDirectory, "wwwroot");

    public bool WritesEnabled => !string.IsNullOrEmpty(ApiKey);
}
