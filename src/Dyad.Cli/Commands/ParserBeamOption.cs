using System.CommandLine;
using Dyad.Pipeline;

namespace Dyad.Cli.Commands;

/// <summary>`--parser-beam`: the speed/accuracy setting of the parser for the commands that code events.</summary>
public static class ParserBeamOption
{
    public static Option<int> Create()
    {
        var option = new Option<int>("--parser-beam")
        {
            Description = $"Parser beam width, 1 to 8: {DyadPipeline.DefaultParserBeam} keeps coding above 2,000 sentences/s on one core; 4, the parser's most accurate width, finds a few more events about a quarter slower",
            DefaultValueFactory = _ => DyadPipeline.DefaultParserBeam,
        };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 8) r.AddError("--parser-beam must be between 1 and 8");
        });
        return option;
    }
}
