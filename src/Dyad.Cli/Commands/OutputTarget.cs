using System.CommandLine;
using System.Text;

namespace Dyad.Cli.Commands;

/// <summary>The -o option: a file to write, or standard output.</summary>
public sealed class OutputTarget
{
    public Option<string?> Path { get; } = new("--output", "-o") { Description = "File to write (default: standard output)" };

    public Sink Open(ParseResult r, TextWriter stdout)
    {
        var path = r.GetValue(Path);
        if (path is null or "-") return new Sink(stdout, owned: false);
        var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        return new Sink(new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16), owned: true);
    }

    /// <summary>An output writer that is closed at the end only when the command opened it (never standard output).</summary>
    public sealed class Sink(TextWriter writer, bool owned) : IDisposable
    {
        public TextWriter Writer { get; } = writer;

        public void Dispose()
        {
            Writer.Flush();
            if (owned) Writer.Dispose();
        }
    }
}
