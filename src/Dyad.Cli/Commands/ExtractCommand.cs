using System.CommandLine;
using Dyad.Input;
using Dyad.Output;
using Dyad.Pipeline;

namespace Dyad.Cli.Commands;

/// <summary>`dyad extract`: find the article in each page (title, date, byline, language, body).</summary>
public static class ExtractCommand
{
    public static Command Create(CliContext ctx)
    {
        var inputs = new InputArguments();
        var output = new OutputTarget();
        var format = new Option<string>("--format") { Description = "json (indented, for reading) or jsonl (one article a line)", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "jsonl");
        var cmd = new Command("extract", "Extract the article (title, publication date, byline, language, text) from news pages");
        inputs.AddTo(cmd);
        cmd.Options.Add(format);
        cmd.Options.Add(output.Path);
        cmd.SetAction(r =>
        {
            var reader = new DocumentReader(inputs.Options(r), ctx.Stdin);
            var stages = DyadPipeline.Extraction();
            var errors = new ErrorReport(ctx.Err);
            using var sink = output.Open(r, ctx.Out);
            var writer = sink.Writer;
            var json = new ArticleJsonWriter(writer, indented: r.GetValue(format) == "json");
            foreach (var result in Batch.Run(reader.Read(inputs.PathsOf(r)), stages.ExtractOnly, inputs.ThreadsOf(r)))
            {
                if (result.Error is { } e) errors.Add(e);
                else json.Write(result.Article!);
            }
            return errors.ExitCode;
        });
        return cmd;
    }
}
