using System.CommandLine;
using Dyad.Pipeline;

namespace Dyad.Cli.Commands;

/// <summary>`--parser-beam`: the speed/accuracy setting of the parser, for the commands that code events and for `dyad parse`.</summary>
public static class ParserBeamOption
{
    /// <summary>The option for coding commands, whose default keeps the whole pipeline fast.</summary>
    public static Option<int> Create()
    {
        var option = new Option<int>("--parser-beam")
        {
            Description = $"Parser beam width, 1 to 8: {DyadPipeline.DefaultParserBeam} keeps coding above 2,000 sentences/s on one core; 3 and 4 (the parser's most accurate) are slower",
            DefaultValueFactory = _ => DyadPipeline.DefaultParserBeam,
        };
        option.Validators.Add(r => Check(r, r.GetValueOrDefault<int>()));
        return option;
    }

    /// <summary>The option for `dyad parse`: absent, the width the model was trained with, its most accurate.</summary>
    public static Option<int?> ForParsing()
    {
        var option = new Option<int?>("--parser-beam")
        {
            Description = $"Parser beam width, 1 to 8 (default: the width the model was trained with, its most accurate); `dyad code` parses with {DyadPipeline.DefaultParserBeam}: give it here to see the parses the coder sees",
        };
        option.Validators.Add(r => Check(r, r.GetValueOrDefault<int?>()));
        return option;
    }

    private static void Check(System.CommandLine.Parsing.OptionResult r, int? width)
    {
        if (width is < 1 or > 8) r.AddError("--parser-beam must be between 1 and 8");
    }
}
