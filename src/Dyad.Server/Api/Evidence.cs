using Dyad.Core.Events;

namespace Dyad.Server.Api;

/// <summary>One highlighted stretch of an evidence sentence: the source, the target or the trigger.</summary>
internal readonly record struct EvidenceSpan(string Role, int Start, int End, string Text);

/// <summary>
/// Places an event's actor and trigger offsets (which count from the start of the article) in its
/// sentence. The store keeps the sentence but not where it starts, so the start is found as the
/// shift that puts the trigger, and then the actors, on their own words.
/// </summary>
internal static class Evidence
{
    public static (int SentenceStart, IReadOnlyList<EvidenceSpan> Spans) Locate(CodedEvent e)
    {
        string sentence = e.Sentence;
        int? best = null;
        int bestFits = -1;
        for (int at = sentence.IndexOf(e.Trigger.Text, StringComparison.Ordinal); at >= 0 && e.Trigger.Text.Length > 0;
             at = sentence.IndexOf(e.Trigger.Text, at + 1, StringComparison.Ordinal))
        {
            int start = e.Trigger.Start - at;
            int fits = (Fits(sentence, e.Source.Span, start) ? 1 : 0) + (Fits(sentence, e.Target.Span, start) ? 1 : 0);
            if (fits > bestFits) (best, bestFits) = (start, fits);
        }
        if (best is not { } sentenceStart) return (e.SentenceStart, []);
        // An actor named in an earlier sentence (a pronoun resolved back) has no words here to mark.
        var spans = new (string Role, TextSpan Span)[] { ("source", e.Source.Span), ("target", e.Target.Span), ("trigger", e.Trigger) }
            .Where(s => Fits(sentence, s.Span, sentenceStart))
            .Select(s => new EvidenceSpan(s.Role, s.Span.Start - sentenceStart, s.Span.End - sentenceStart, s.Span.Text))
            .OrderBy(s => s.Start).ToList();
        return (sentenceStart, spans);
    }

    private static bool Fits(string sentence, TextSpan span, int sentenceStart)
    {
        int from = span.Start - sentenceStart, length = span.End - span.Start;
        return from >= 0 && length > 0 && from + length <= sentence.Length &&
               sentence.AsSpan(from, length).SequenceEqual(span.Text);
    }
}
