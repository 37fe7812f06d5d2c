using System.Text;
using Dyad.Core.Events;

namespace Dyad.Output;

/// <summary>
/// Shows an event to a person: its codes, the rule that fired, and its sentence with the source
/// in [brackets], the target in {braces} and the trigger in *asterisks*.
/// </summary>
public sealed class EventExplainer(TextWriter output)
{
    public void Write(CodedEvent e)
    {
        output.WriteLine($"{e.Doc}  {e.Date?.ToString() ?? "date unknown"}  {e.Source.Code} -> {e.Target.Code}  CAMEO {e.Cameo} {e.CameoName} ({e.Goldstein:+0.0;-0.0;0})  PLOVER {e.Plover.Type}{(e.Plover.Mode is { } m ? "/" + m : "")}  {e.Modality.ToString().ToLowerInvariant()}");
        output.WriteLine($"  {Marked(e)}");
        var extras = new List<string> { $"rule {e.Rule}", $"confidence {e.Confidence:0.00}" };
        if (e.Quantity is { } q) extras.Add(q.From is not null ? $"quantity {q.From} -> {q.To}" : $"quantity {q.Count} {q.What}");
        if (e.Location is { } loc) extras.Add($"place {loc.Name}");
        if (e.Evidence.Count > 0) extras.Add($"told {e.Evidence.Count + 1} times");
        output.WriteLine($"  {string.Join(", ", extras)}");
        output.WriteLine();
    }

    private static string Marked(CodedEvent e)
    {
        var marks = new List<(int Pos, string Text)>();
        void Mark(TextSpan s, string open, string close)
        {
            int start = s.Start - e.SentenceStart, end = s.End - e.SentenceStart;
            if (start < 0 || end > e.Sentence.Length) return; // an actor resolved from an earlier sentence
            marks.Add((start, open));
            marks.Add((end, close));
        }
        Mark(e.Source.Span, "[", "]");
        Mark(e.Target.Span, "{", "}");
        Mark(e.Trigger, "*", "*");
        var sb = new StringBuilder(e.Sentence);
        // Insert from the right so earlier positions stay valid; closers before openers at the same place.
        foreach (var (pos, text) in marks.OrderByDescending(m => m.Pos).ThenBy(m => m.Text is "[" or "{" or "*" ? 1 : 0)) sb.Insert(pos, text);
        return sb.ToString();
    }
}
