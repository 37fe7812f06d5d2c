using System.Text;

namespace Dyad.Cli.Tests;

/// <summary>Runs the dyad command in-process and captures what it writes.</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Err) Run(params string[] args) => RunWithStdin("", args);

    public static (int Exit, string Out, string Err) RunWithStdin(string stdin, params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var ctx = new CliContext(output, error, () => new MemoryStream(Encoding.UTF8.GetBytes(stdin)));
        int exit = DyadCommand.Run(args, ctx);
        return (exit, output.ToString(), error.ToString());
    }

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
}
