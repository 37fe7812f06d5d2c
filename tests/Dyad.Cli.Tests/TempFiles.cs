namespace Dyad.Cli.Tests;

/// <summary>A temporary folder of test inputs, removed at the end of the test.</summary>
internal sealed class TempFiles : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("dyad-cli-").FullName;

    public string Write(string name, byte[] bytes)
    {
        var full = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public string Write(string name, string text) => Write(name, System.Text.Encoding.UTF8.GetBytes(text));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
