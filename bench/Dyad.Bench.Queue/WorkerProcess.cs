using System.Diagnostics;

namespace Dyad.Bench.Queue;

/// <summary>
/// A `dyad worker` child process, run from src/Dyad.Cli's build output in the same configuration as
/// the caller (the project reference builds it), as a real deployment would run it.
/// </summary>
public sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly System.Text.StringBuilder _log = new();

    public string Name { get; }

    private WorkerProcess(Process process, string name)
    {
        _process = process;
        Name = name;
        // Drain both pipes, or a chatty worker would block on a full pipe.
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public static WorkerProcess Start(string queueUrl, string queueName, string db, string name, params string[] extra)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in (string[])["exec", DyadDll(), "worker", "--queue", queueUrl, "--queue-name", queueName, "--db", db, "--name", name, .. extra])
            psi.ArgumentList.Add(a);
        return new WorkerProcess(Process.Start(psi) ?? throw new InvalidOperationException("could not start dotnet"), name);
    }

    public string Log { get { lock (_log) return _log.ToString(); } }

    public bool HasExited => _process.HasExited;

    /// <summary>CPU time the worker has used so far (read before it exits).</summary>
    public TimeSpan CpuTime { get { _process.Refresh(); return _process.TotalProcessorTime; } }

    /// <summary>SIGKILL: no chance to finish, nak or retire.</summary>
    public void Kill() => _process.Kill();

    /// <summary>SIGTERM, then waits for the graceful stop; the exit code.</summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        if (!_process.HasExited)
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                await kill.WaitForExitAsync();
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_log) _log.AppendLine(line);
    }

    private static string DyadDll()
    {
        // <root>/<project>/bin/<Configuration>/<tfm>/ -> <root>/src/Dyad.Cli/bin/<Configuration>/<tfm>/dyad.dll
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        string tfm = here.Name, configuration = here.Parent!.Name;
        var root = here;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Directory.Build.props"))) root = root.Parent;
        var dll = Path.Combine(root!.FullName, "src", "Dyad.Cli", "bin", configuration, tfm, "dyad.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("build src/Dyad.Cli first", dll);
    }
}
