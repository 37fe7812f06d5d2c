using System.CommandLine;
using System.Reflection;

namespace Dyad.Cli.Commands;

/// <summary>`dyad version`: the program and model versions, for bug reports and provenance.</summary>
public static class VersionCommand
{
    public static Command Create(CliContext ctx)
    {
        var cmd = new Command("version", "Print Dyad's version and the versions of its models and data");
        cmd.SetAction(_ =>
        {
            var asm = typeof(VersionCommand).Assembly;
            var version = asm.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? asm.GetName().Version?.ToString();
            ctx.Out.WriteLine($"dyad {version?.Split('+')[0]}");
            foreach (var (name, value) in ctx.Components()) ctx.Out.WriteLine($"{name}: {value}");
            ctx.Out.WriteLine($".NET {Environment.Version}");
            return ExitCodes.Success;
        });
        return cmd;
    }
}
