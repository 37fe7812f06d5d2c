using System.CommandLine;
using Dyad.Cli;
using Dyad.Cli.Commands;

var ctx = CliContext.ForConsole();
try
{
    return DyadCommand.Run(args, ctx);
}
finally
{
    ctx.Out.Flush();
}
