using System.Diagnostics;

namespace Dyad.Storage.Tests;

/// <summary>
/// Runs bench/Dyad.Bench.Storage from its own bin folder (the project reference builds it in the
/// same configuration as the tests), as the other process of the lock and kill -9 tests.
/// </summary>
internal static class ChildProcess
{
    public static Process Start(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        psi.ArgumentList.Add("exec");
        psi.ArgumentList.Add(BenchDll());
        foreach (var a in args) psi.ArgumentList.Add(a);
        return Process.Start(psi) ?? throw new InvalidOperationException("could not start dotnet");
    }

    private static string BenchDll()
    {
        // tests/Dyad.Storage.Tests/bin/<Configuration>/<tfm>/ -> bench/Dyad.Bench.Storage/bin/<Configuration>/<tfm>/
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        string tfm = here.Name, configuration = here.Parent!.Name;
        var root = here;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Directory.Build.props"))) root = root.Parent;
        var dll = Path.Combine(root!.FullName, "bench", "Dyad.Bench.Storage", "bin", configuration, tfm, "Dyad.Bench.Storage.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("build bench/Dyad.Bench.Storage first", dll);
    }
}
