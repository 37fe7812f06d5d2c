using Dyad.Text.Conllu;
using Dyad.Text.Tokenization;

/// <summary>
/// Raw-text evaluation: rebuilds the documents from the treebank's "# text" lines (sentences of a
/// paragraph joined by a space, paragraphs by a blank line), tokenizes and splits them, and scores
/// token and sentence character spans against the gold ones (F1 on exact span matches).
/// </summary>
internal static class RawText
{
    public static int Evaluate(string goldPath)
    {
        var text = new System.Text.StringBuilder();
        var goldTokens = new HashSet<(int, int)>();
        var goldSentences = new HashSet<(int, int)>();
        foreach (var s in ConlluReader.ReadFile(goldPath))
        {
            bool newParagraph = s.Comments.Any(c => c.StartsWith("# newpar", StringComparison.Ordinal) || c.StartsWith("# newdoc", StringComparison.Ordinal));
            if (text.Length > 0)
            {
                text.Append(newParagraph ? "\n\n" : " ");
            }
            int offset = text.Length;
            string sentenceText = s.Text ?? string.Join(' ', s.Words.Select(w => w.Form));
            text.Append(sentenceText);
            var spans = GoldSpans(s, sentenceText);
            foreach (var (a, b) in spans)
            {
                goldTokens.Add((offset + a, offset + b));
            }
            if (spans.Count > 0)
            {
                goldSentences.Add((offset + spans[0].Start, offset + spans[^1].End));
            }
        }
        string doc = text.ToString();
        var tokens = Tokenizer.Tokenize(doc);
        var starts = SentenceSplitter.Split(doc, tokens);
        var systemTokens = tokens.Select(t => (t.Start, t.End)).ToHashSet();
        var systemSentences = starts.Select((st, k) => (tokens[st].Start, tokens[(k + 1 < starts.Count ? starts[k + 1] : tokens.Count) - 1].End)).ToHashSet();
        if (Environment.GetEnvironmentVariable("DYAD_RAW_DIFF") is not null)
        {
            foreach (var (a, b) in goldTokens.Except(systemTokens).OrderBy(x => x).Take(400))
            {
                Console.WriteLine($"missed {doc[a..b]} in ...{doc[Math.Max(0, a - 15)..Math.Min(doc.Length, b + 15)].Replace('\n', '|')}");
            }
        }
        Report("tokens", goldTokens, systemTokens);
        Report("sentences", goldSentences, systemSentences);
        return 0;
    }

    private static void Report(string what, HashSet<(int, int)> gold, HashSet<(int, int)> system)
    {
        int match = gold.Count(system.Contains);
        double p = (double)match / system.Count, r = (double)match / gold.Count;
        Console.WriteLine($"{what}: gold {gold.Count}, system {system.Count}, P {100 * p:F2}%  R {100 * r:F2}%  F1 {200 * p * r / (p + r):F2}%");
    }

    /// <summary>
    /// Character spans of the gold words in the sentence text; a multiword token's words get consecutive
    /// sub-spans when their forms spell the surface (do + n't), otherwise they share the surface span as one unit.
    /// </summary>
    private static List<(int Start, int End)> GoldSpans(ConlluSentence s, string text)
    {
        var ranges = new Dictionary<int, (int Last, string Surface)>();
        foreach (var extra in s.ExtraLines)
        {
            var cols = extra.Line.Split('\t');
            int dash = cols[0].IndexOf('-');
            if (dash > 0)
            {
                ranges[int.Parse(cols[0][..dash])] = (int.Parse(cols[0][(dash + 1)..]), cols[1]);
            }
        }
        var spans = new List<(int, int)>();
        int pos = 0;
        for (int i = 0; i < s.Words.Count; i++)
        {
            var w = s.Words[i];
            if (ranges.TryGetValue(w.Id, out var range))
            {
                int at = text.IndexOf(range.Surface, pos, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }
                var parts = s.Words.Skip(i).Take(range.Last - w.Id + 1).Select(x => x.Form).ToList();
                if (string.Concat(parts) == range.Surface)
                {
                    int p = at;
                    foreach (string part in parts)
                    {
                        spans.Add((p, p + part.Length));
                        p += part.Length;
                    }
                }
                else
                {
                    spans.Add((at, at + range.Surface.Length));
                }
                pos = at + range.Surface.Length;
                i += range.Last - w.Id;
                continue;
            }
            int found = text.IndexOf(w.Form, pos, StringComparison.Ordinal);
            if (found >= 0)
            {
                spans.Add((found, found + w.Form.Length));
                pos = found + w.Form.Length;
            }
        }
        return spans;
    }
}
