namespace Dyad.Extraction.Text;

/// <summary>
/// Decides what a line of a saved page is from its shape alone: article prose is made of long
/// sentences with mostly lowercase words; boilerplate is short, title-cased, bulleted, piped,
/// labelled, parenthesised or repeated. No line text is ever matched against a list.
/// </summary>
internal static class LineClassifier
{
    public static LineFeatures Measure(string line)
    {
        var s = line.AsSpan().Trim();
        int words = 0, lower = 0;
        bool inWord = false;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            bool wordChar = char.IsLetterOrDigit(c);
            // Han and kana are written without spaces: each character counts as a word.
            if (wordChar && (!inWord || c is >= '\u3040' and <= '\u9FFF'))
            {
                words++;
                // Caseless scripts (Arabic, Hebrew, CJK) count as lowercase: only capitals mark names and titles.
                if (char.IsLetter(c) && !char.IsUpper(c)) lower++;
            }
            inWord = wordChar || (inWord && c is '\'' or '’' or '-');
        }
        return new LineFeatures(
            words,
            words == 0 ? 0 : (float)lower / words,
            EndsSentence(s),
            s.Length > 0 && s[0] is '•' or '·' or '▪' or '►' or '*' or '-' or '|' or '–' or '—',
            s.Contains(" | ", StringComparison.Ordinal),
            HasCaptionTail(s),
            IsCredit(s),
            HasLabel(s),
            s.Contains("://", StringComparison.Ordinal) || s.Contains("www.", StringComparison.OrdinalIgnoreCase) || HasHandle(s),
            s.StartsWith("By ", StringComparison.Ordinal) && s.Length > 3 && char.IsUpper(s[3]) && words <= 12);
    }

    /// <summary>
    /// Article prose: a sentence of some length with ordinary lowercase words, or a long run of
    /// words even without final punctuation (a paragraph cut by the saver).
    /// </summary>
    public static bool IsProse(in LineFeatures f) =>
        !f.Bullet && !f.Pipes && !f.Credit && !f.CaptionTail && !f.Byline && !f.Label &&
        ((f.SentenceEnd && ((f.Words >= 6 && f.LowerShare >= 0.3f) || (f.Words >= 15 && f.LowerShare >= 0.15f))) ||
         (f.Words >= 20 && f.LowerShare >= 0.4f));

    /// <summary>
    /// The page's last line cut off mid-sentence right after the article ("... the ICJ"): the
    /// saver stopped there, so it is the article's tail, not a link.
    /// </summary>
    public static bool IsCutTail(in LineFeatures f) =>
        f.Words >= 5 && f.LowerShare >= 0.3f && !f.SentenceEnd && !f.Bullet && !f.Pipes && !f.Label && !f.Address && !f.Credit;

    /// <summary>
    /// A heading inside the article: a few words, no sentence end, nothing that marks a link,
    /// a label or a caption. Only kept where prose follows it.
    /// </summary>
    public static bool IsHeading(in LineFeatures f) =>
        f.Words is >= 2 and <= 15 && !f.SentenceEnd && !f.Bullet && !f.Pipes && !f.CaptionTail &&
        !f.Credit && !f.Label && !f.Address && !f.Byline;

    /// <summary>A headline: like a heading but of headline length.</summary>
    public static bool IsHeadline(in LineFeatures f, string line) =>
        f.Words is >= 5 and <= 30 && !f.Bullet && !f.Pipes && !f.CaptionTail && !f.Credit &&
        !f.Address && !f.Byline && !line.TrimEnd().EndsWith('.') && !line.TrimEnd().EndsWith(':');

    private static bool EndsSentence(ReadOnlySpan<char> s)
    {
        int i = s.Length - 1;
        while (i >= 0 && s[i] is '"' or '\'' or '”' or '’' or ')' or ']' or '»') i--;
        return i >= 0 && s[i] is '.' or '!' or '?' or '…' or '。' or '！' or '？' or '؟' or '۔';
    }

    private static bool HasCaptionTail(ReadOnlySpan<char> s)
    {
        if (s.Length < 4 || s[^1] is not (')' or ']')) return false;
        int open = s.LastIndexOf(s[^1] == ')' ? '(' : '[');
        if (open <= 0) return false;
        var inner = s[(open + 1)..^1];
        int spaces = inner.Count(' ');
        return inner.Length > 0 && (s[^1] == ']' ? spaces <= 5 : spaces <= 3 && !inner.ContainsAny('.', ','));
    }

    private static bool IsCredit(ReadOnlySpan<char> s)
    {
        if (s.StartsWith("©") || s.StartsWith("Copyright ", StringComparison.OrdinalIgnoreCase)) return true;
        // "(Reporting by ...)": one parenthetical spanning the line, possibly cut before its end.
        if (s.Length < 3 || s[0] != '(') return false;
        int close = s.IndexOf(')');
        return close < 0 || close >= s.Length - 2;
    }

    private static bool HasLabel(ReadOnlySpan<char> s)
    {
        if (s.Length > 0 && s[^1] == ':') return true;
        int colon = s.IndexOf(':');
        // "Also Read: headline", "Twitter: @x": one to three words before the colon, then no sentence.
        if (colon <= 0 || colon > 24 || colon + 1 >= s.Length || s[colon + 1] != ' ') return false;
        var label = s[..colon];
        return label.Count(' ') <= 2 && char.IsUpper(label[0]) && !EndsSentence(s);
    }

    private static bool HasHandle(ReadOnlySpan<char> s)
    {
        int at = s.IndexOf('@');
        return at >= 0 && at + 1 < s.Length && char.IsLetterOrDigit(s[at + 1]) && (at == 0 || s[at - 1] == ' ');
    }
}
