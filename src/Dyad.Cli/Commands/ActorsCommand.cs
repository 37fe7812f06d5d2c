using System.CommandLine;
using Dyad.Core.Documents;
using Dyad.Input;
using Dyad.Pipeline;

namespace Dyad.Cli.Commands;

/// <summary>
/// `dyad actors`: shows curators which actors Dyad finds in a text and how: names from the
/// dictionaries, agents combined with their country, earlier actors referred back to, and people
/// the dictionaries do not know, resolved only from their title.
/// </summary>
public static class ActorsCommand
{
    public static Command Create(CliContext ctx)
    {
        var text = new Option<string?>("--text") { Description = "Text to resolve, instead of input files" };
        var inputs = new InputArguments();
        inputs.Paths.Arity = ArgumentArity.ZeroOrMore;
        var cmd = new Command("actors", "Show the actors found in a text, with their codes and how each was resolved") { text };
        inputs.AddTo(cmd);
        cmd.SetAction(r =>
        {
            var pipeline = DyadPipeline.Create();
            var errors = new ErrorReport(ctx.Err);
            var options = inputs.Options(r);
            IEnumerable<InputItem> items = r.GetValue(text) is { } t
                ? [InputItem.Of(new SourceDocument { Id = "text", Origin = "--text", Format = InputFormat.Text, Content = t, Published = options.Published })]
                : new DocumentReader(options, ctx.Stdin).Read(inputs.PathsOf(r));
            if (r.GetValue(text) is null && inputs.PathsOf(r).Count == 0)
            {
                ctx.Err.WriteLine("dyad: give --text or input files");
                return ExitCodes.Usage;
            }
            foreach (var item in items)
            {
                if (item.Error is { } bad) { errors.Add(bad); continue; }
                try
                {
                    foreach (var m in pipeline.Actors(item.Document!))
                        ctx.Out.WriteLine($"{m.Doc}\t{m.Text}\t{m.Code}\t{m.How}");
                }
                catch (InputError failed)
                {
                    errors.Add(failed);
                }
            }
            return errors.ExitCode;
        });
        return cmd;
    }
}
