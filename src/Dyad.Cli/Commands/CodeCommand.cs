using System.CommandLine;
using Dyad.Input;
using Dyad.Output;
using Dyad.Pipeline;

namespace Dyad.Cli.Commands;

/// <summary>`dyad code`: read pages, find their articles, and write the events they report.</summary>
public static class CodeCommand
{
    public static Command Create(CliContext ctx)
    {
        var inputs = new InputArguments();
        var output = new OutputTarget();
        var format = new Option<string>("--format") { Description = "jsonl (schema 1), csv or gdelt (GDELT 2.0 event TSV)", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv", "gdelt");
        var explain = new Option<bool>("--explain") { Description = "Print each event for a person: its sentence with actors and trigger marked, codes and rule" };
        var keepUnreal = new Option<bool>("--keep-negated") { Description = "Also write denied events and questions (modality negated or question)" };
        var beam = ParserBeamOption.Create();
        var cmd = new Command("code", "Code the events in news pages or articles as CAMEO and PLOVER event data");
        inputs.AddTo(cmd);
        cmd.Options.Add(format);
        cmd.Options.Add(explain);
        cmd.Options.Add(keepUnreal);
        cmd.Options.Add(beam);
        cmd.Options.Add(output.Path);
        cmd.SetAction(r =>
        {
            var reader = new DocumentReader(inputs.Options(r), ctx.Stdin);
            var pipeline = DyadPipeline.Create(keepUnreal: r.GetValue(keepUnreal), parserBeam: r.GetValue(beam));
            var errors = new ErrorReport(ctx.Err);
            using var sink = output.Open(r, ctx.Out);
            var writer = sink.Writer;
            using var events = EventWriters.Create(EventWriters.Parse(r.GetValue(format)!), writer);
            var explainer = r.GetValue(explain) ? new EventExplainer(writer) : null;
            foreach (var result in Batch.Run(reader.Read(inputs.PathsOf(r)), pipeline.Process, inputs.ThreadsOf(r)))
            {
                if (result.Error is { } e) { errors.Add(e); continue; }
                foreach (var ev in result.Events)
                {
                    if (explainer is not null) explainer.Write(ev);
                    else events.Write(ev);
                }
            }
            return errors.ExitCode;
        });
        return cmd;
    }
}
