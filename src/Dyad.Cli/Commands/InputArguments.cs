using System.CommandLine;
using Dyad.Core.Documents;
using Dyad.Core.Time;
using Dyad.Input;

namespace Dyad.Cli.Commands;

/// <summary>The input arguments and options shared by the verbs that read documents.</summary>
public sealed class InputArguments
{
    public Argument<string[]> Paths { get; } = new("inputs")
    {
        Description = "Files or folders to read (folders recursively); '-' reads standard input",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string?> Format { get; } = new("--input-format")
    {
        Description = "Read every input as txt, html, jsonl or conllu instead of guessing from the extension",
    };

    public Option<string[]> Include { get; } = new("--include")
    {
        Description = "Glob a file inside a folder must match, e.g. '**/*.html' (repeatable)",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string[]> Exclude { get; } = new("--exclude")
    {
        Description = "Glob of files inside a folder to skip (repeatable)",
    };

    public Option<long> MaxBytes { get; } = new("--max-bytes")
    {
        Description = "Largest input accepted, after decompression",
        DefaultValueFactory = _ => InputOptions.DefaultMaxBytes,
    };

    public Option<string?> Published { get; } = new("--published")
    {
        Description = "Publication date (YYYY-MM-DD) for inputs that do not give one",
    };

    public Option<int> Threads { get; } = new("--threads")
    {
        Description = "Documents processed at once (default: the number of cores)",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    public InputArguments()
    {
        Format.AcceptOnlyFromAmong("txt", "html", "jsonl", "conllu");
        Published.Validators.Add(r =>
        {
            var v = r.GetValueOrDefault<string?>();
            if (v is not null && !PartialDate.TryParse(v, out _)) r.AddError($"--published: '{v}' is not a date (expected YYYY-MM-DD)");
        });
        MaxBytes.Validators.Add(r => { if (r.GetValueOrDefault<long>() <= 0) r.AddError("--max-bytes must be positive"); });
        Threads.Validators.Add(r => { if (r.GetValueOrDefault<int>() <= 0) r.AddError("--threads must be positive"); });
        // An inputs argument swallows unknown options; a path starting with "--" is almost surely a typo.
        Paths.Validators.Add(r =>
        {
            foreach (var p in r.GetValueOrDefault<string[]>() ?? [])
                if (p.StartsWith("--", StringComparison.Ordinal) && !File.Exists(p)) r.AddError($"unknown option '{p}'");
        });
    }

    public void AddTo(Command command)
    {
        command.Arguments.Add(Paths);
        command.Options.Add(Format);
        command.Options.Add(Include);
        command.Options.Add(Exclude);
        command.Options.Add(MaxBytes);
        command.Options.Add(Published);
        command.Options.Add(Threads);
    }

    public InputOptions Options(ParseResult r) => new()
    {
        MaxBytes = r.GetValue(MaxBytes),
        Format = r.GetValue(Format) is { } f ? FormatDetector.Parse(f) : null,
        Include = r.GetValue(Include) ?? [],
        Exclude = r.GetValue(Exclude) ?? [],
        Published = r.GetValue(Published) is { } p ? PartialDate.Parse(p) : null,
    };

    public IReadOnlyList<string> PathsOf(ParseResult r) => r.GetValue(Paths) ?? [];

    public int ThreadsOf(ParseResult r) => r.GetValue(Threads);
}
