using System.CommandLine;
using Dyad.Cli.Commands;

namespace Dyad.Cli;

/// <summary>The `dyad` root command and its verbs.</summary>
public static class DyadCommand
{
    public static RootCommand Create(CliContext ctx)
    {
        var root = new RootCommand("Dyad turns news into political event data: who did what to whom, when, where and how many (CAMEO and PLOVER).");
        root.Subcommands.Add(CodeCommand.Create(ctx));
        root.Subcommands.Add(ExtractCommand.Create(ctx));
        root.Subcommands.Add(ParseCommand.Create(ctx));
        root.Subcommands.Add(ActorsCommand.Create(ctx));
        root.Subcommands.Add(IngestCommand.Create(ctx));
        root.Subcommands.Add(WorkerCommand.Create(ctx));
        root.Subcommands.Add(QueueCommand.Create(ctx));
        root.Subcommands.Add(EventsCommand.Create(ctx));
        root.Subcommands.Add(SeriesCommand.Create(ctx));
        root.Subcommands.Add(ExportCommand.Create(ctx));
        root.Subcommands.Add(ServeCommand.Create(ctx));
        root.Subcommands.Add(TrainParserCommand.Create(ctx));
        root.Subcommands.Add(VersionCommand.Create(ctx));
        return root;
    }

    /// <summary>Runs a command line; usage errors exit 2, a failure of Dyad itself exits 3 with one line saying why.</summary>
    public static int Run(string[] args, CliContext ctx)
    {
        var parse = Create(ctx).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) ctx.Err.WriteLine($"dyad: {e.Message}");
            ctx.Err.WriteLine("Run 'dyad --help' or 'dyad VERB --help' for usage.");
            return ExitCodes.Usage;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = ctx.Out, Error = ctx.Err, EnableDefaultExceptionHandler = false });
        }
        catch (Dyad.Storage.StoreException e)
        {
            // The store could not be opened or written: locked, read-only, unreachable. The message says what to do.
            ctx.Err.WriteLine($"dyad: {e.Message}");
            return ExitCodes.Store;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            ctx.Err.WriteLine($"dyad: {e.Message}");
            return ExitCodes.Internal;
        }
    }
}
