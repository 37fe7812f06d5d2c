namespace Dyad.Text.Tokenization;

/// <summary>
/// Rule-based tokenizer for news English following UD English EWT conventions: punctuation split
/// off, clitics split (don't → do n't, John's → John 's), hyphens split except after common prefixes
/// (e-mail), abbreviations, numbers, URLs and e-mail addresses kept whole. Tokens are character ranges
/// of the input, so every token maps back to its exact place in the text.
/// </summary>
public static class Tokenizer
{
    public static List<TextToken> Tokenize(string text)
    {
        var tokens = new List<TextToken>(text.Length / 5 + 4);
        int i = 0;
        var lineBreak = LineBreak.None;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n')
                {
                    lineBreak = lineBreak == LineBreak.None ? LineBreak.Line : LineBreak.Paragraph;
                }
                i++;
                continue;
            }
            int end = i;
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }
            int before = tokens.Count;
            // "World War II.According to ...": pages that lost the space between sentences.
            for (int from = i, glued; from < end; from = glued)
            {
                glued = GluedSentenceEnd(text, from, end);
                Chunk(text, from, glued, tokens);
            }
            if (tokens.Count > before)
            {
                tokens[before] = tokens[before] with { Before = lineBreak };
            }
            lineBreak = LineBreak.None;
            i = end;
        }
        return tokens;
    }

    /// <summary>
    /// Where a chunk's first sentence ends when the next one follows without a space ("II.According"): just
    /// after a period, "!" or "?" between a word of two or more characters that is no abbreviation and a
    /// capitalised word of lower-case letters. Otherwise the chunk's end. URLs and e-mail addresses stay whole.
    /// </summary>
    private static int GluedSentenceEnd(string text, int start, int end)
    {
        var chunk = text.AsSpan(start, end - start);
        if (IsUrlOrEmail(chunk) || chunk.Contains('/')) return end;
        for (int k = start + 2; k + 3 < end; k++)
        {
            if (text[k] is not ('.' or '!' or '?') || !char.IsLetterOrDigit(text[k - 1]) || !char.IsLetterOrDigit(text[k - 2])) continue;
            if (!char.IsUpper(text[k + 1]) || !char.IsLower(text[k + 2]) || !char.IsLower(text[k + 3])) continue;
            int word = k - 1;
            while (word > start && char.IsLetterOrDigit(text[word - 1])) word--;
            if (word > start && text[word - 1] == '.' || KeepsPeriod(text.AsSpan(word, k + 1 - word))) continue;
            int next = k + 1;
            while (next < end && char.IsLetter(text[next])) next++;
            // "Newsfeeds.Com", "Us.Net": a domain name.
            if (text[k] == '.' && IsDomainEnding(text.AsSpan(k + 1, next - k - 1))) continue;
            return k + 1;
        }
        return end;
    }

    private static bool IsDomainEnding(ReadOnlySpan<char> s)
    {
        foreach (var ending in (ReadOnlySpan<string>)["com", "net", "org", "gov", "edu", "info", "biz", "int", "mil", "news"])
            if (s.Equals(ending, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Splits one whitespace-delimited chunk: leading punctuation, the core, then trailing punctuation.</summary>
    private static void Chunk(string text, int start, int end, List<TextToken> tokens)
    {
        // Opening punctuation and currency symbols come off the front.
        while (start < end)
        {
            int n = LeadingPunct(text, start, end);
            if (n == 0)
            {
                break;
            }
            tokens.Add(new TextToken(start, start + n, LineBreak.None));
            start += n;
        }
        // Closing punctuation comes off the back; collected first, emitted after the core.
        Span<int> tailStarts = stackalloc int[16];
        int tails = 0;
        int coreEnd = end;
        while (coreEnd > start && tails < tailStarts.Length)
        {
            int n = TrailingPunct(text, start, coreEnd);
            if (n == 0)
            {
                break;
            }
            coreEnd -= n;
            tailStarts[tails++] = coreEnd;
        }
        if (coreEnd > start)
        {
            Core(text, start, coreEnd, tokens);
        }
        for (int t = tails - 1; t >= 0; t--)
        {
            tokens.Add(new TextToken(tailStarts[t], t > 0 ? tailStarts[t - 1] : end, LineBreak.None));
        }
    }

    private static int LeadingPunct(string text, int start, int end)
    {
        char c = text[start];
        if (IsRunPunct(c) && (c != '-' || start + 1 < end && (text[start + 1] is '-' or '$' || IsRunPunct(text[start + 1]))))
        {
            return Run(text.AsSpan(start, end - start), c);
        }
        if (start + 1 < end && text.AsSpan(start, 2) is "``")
        {
            return 2;
        }
        if (c is '"' or '“' or '‘' or '(' or '[' or '{' or '<' or '«' or '$' or '£' or '€' or '¥' or '—' or '–' or '•')
        {
            return 1;
        }
        // A leading apostrophe is a quote unless it begins a clitic or a decade ('90s).
        if (c is '\'' or '`' && end - start > 1 && !IsClitic(text.AsSpan(start, end - start)) && !char.IsDigit(text[start + 1]))
        {
            return 1;
        }
        return 0;
    }

    /// <summary>Punctuation whose repetitions form one token ("**", "??", "------").</summary>
    private static bool IsRunPunct(char c) => c is '*' or '-' or '=' or '?' or '!' or '_' or '~' or '#';

    private static int Run(ReadOnlySpan<char> s, char c)
    {
        int n = 0;
        while (n < s.Length && s[n] == c)
        {
            n++;
        }
        return n;
    }

    private static int TrailingPunct(string text, int start, int end)
    {
        var s = text.AsSpan(start, end - start);
        char c = s[^1];
        if (s.Length >= 3 && s.EndsWith("..."))
        {
            int k = s.Length;
            while (k > 0 && s[k - 1] == '.')
            {
                k--;
            }
            return s.Length - k;
        }
        if (IsRunPunct(c) && s.Length > 1)
        {
            int k = s.Length;
            while (k > 0 && s[k - 1] == c)
            {
                k--;
            }
            return s.Length - k;
        }
        if (s.Length >= 2 && s.EndsWith("''"))
        {
            return 2;
        }
        if (c is '"' or '”' or '’' or ')' or ']' or '}' or '>' or '»' or ',' or ';' or ':' or '%' or '—' or '–' or '…')
        {
            return 1;
        }
        if (c == '\'')
        {
            // Possessive of a plural (the Smiths') is split like a closing quote: "Smiths" "'".
            return s.Length > 1 ? 1 : 0;
        }
        if (c == '.' && s.Length > 1 && !KeepsPeriod(s))
        {
            return 1;
        }
        return 0;
    }

    /// <summary>A final period stays on abbreviations (Gen., U.S., a.m.) and single initials (J.).</summary>
    private static bool KeepsPeriod(ReadOnlySpan<char> s)
    {
        var body = s[..^1];
        if (body.Length == 1 && char.IsLetter(body[0]))
        {
            return true;
        }
        if (body.Contains('.') && IsDottedInitials(s))
        {
            return true;
        }
        return Lexicon.Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(body);
    }

    /// <summary>"U.S.", "a.m.", "D.C.": letters each followed by a period.</summary>
    private static bool IsDottedInitials(ReadOnlySpan<char> s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            bool letterSlot = i % 2 == 0;
            if (letterSlot ? !char.IsLetter(s[i]) : s[i] != '.')
            {
                return false;
            }
        }
        return s.Length % 2 == 0;
    }

    /// <summary>The word itself: URLs and e-mails whole, otherwise split at clitics, hyphens and slashes.</summary>
    private static void Core(string text, int start, int end, List<TextToken> tokens)
    {
        var s = text.AsSpan(start, end - start);
        if (IsUrlOrEmail(s))
        {
            tokens.Add(new TextToken(start, end, LineBreak.None));
            return;
        }
        int pieceStart = start;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            bool dash = c is '—' or '–' or '…' || c == '-' && i + 1 < end && text[i + 1] == '-';
            if (dash)
            {
                Word(text, pieceStart, i, tokens);
                int len = c == '-' ? 2 : 1;
                tokens.Add(new TextToken(i, i + len, LineBreak.None));
                i += len - 1;
                pieceStart = i + 1;
            }
            else if ((c == '-' && SplitsHyphen(text, pieceStart, i, end)) || (c == '/' && SplitsSlash(text, i, start, end))
                || (c == ',' && i > start && i + 1 < end && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1])))
            {
                Word(text, pieceStart, i, tokens);
                tokens.Add(new TextToken(i, i + 1, LineBreak.None));
                pieceStart = i + 1;
            }
        }
        Word(text, pieceStart, end, tokens);
    }

    /// <summary>EWT splits hyphens between words (Al-Zaman → Al - Zaman) but not after prefixes (e-mail) or inside dates.</summary>
    private static bool SplitsHyphen(string text, int pieceStart, int i, int end)
    {
        if (i == pieceStart || i + 1 >= end)
        {
            return false;
        }
        // Dates such as 01-Feb-02 stay whole; score-like 5-3 is split.
        if (char.IsDigit(text[pieceStart]) && char.IsDigit(text[end - 1]) && (char.IsLetter(text[i + 1]) || char.IsLetter(text[i - 1])))
        {
            return false;
        }
        return !Lexicon.HyphenPrefixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(pieceStart, i - pieceStart));
    }

    /// <summary>A slash between words is a token (and/or → and / or); between digits it belongs to a date or fraction.</summary>
    private static bool SplitsSlash(string text, int i, int start, int end) =>
        i > start && i + 1 < end && !(char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]));

    /// <summary>Emits a word, splitting a final clitic ('s, n't, 'll, ...) and fused forms such as "cannot".</summary>
    private static void Word(string text, int start, int end, List<TextToken> tokens)
    {
        if (end <= start)
        {
            return;
        }
        var s = text.AsSpan(start, end - start);
        int split = CliticSplit(s);
        if (split == 0 && Lexicon.SplitWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(s, out int at))
        {
            split = at;
        }
        if (split > 0)
        {
            tokens.Add(new TextToken(start, start + split, LineBreak.None));
            tokens.Add(new TextToken(start + split, end, LineBreak.None));
        }
        else
        {
            tokens.Add(new TextToken(start, end, LineBreak.None));
        }
    }

    /// <summary>Where the clitic starts, or 0: "don't" → 2, "John's" → 4, "we'll" → 2.</summary>
    private static int CliticSplit(ReadOnlySpan<char> s)
    {
        int n = s.Length;
        if (n >= 4 && (s[^1] is 't' or 'T') && IsApostrophe(s[^2]) && (s[^3] is 'n' or 'N'))
        {
            return n - 3;
        }
        if (n >= 3 && IsApostrophe(s[^2]) && (s[^1] is 's' or 'S' or 'm' or 'M' or 'd' or 'D'))
        {
            return n - 2;
        }
        if (n >= 4 && IsApostrophe(s[^3]) && (s[^2..] is "ll" or "LL" or "re" or "RE" or "ve" or "VE"))
        {
            return n - 3;
        }
        return 0;
    }

    /// <summary>A clitic standing alone ("'s", "'ll"), as in text that is already tokenized.</summary>
    private static bool IsClitic(ReadOnlySpan<char> s) =>
        s.Length is 2 or 3 && IsApostrophe(s[0]) && s[1..].ToString().ToLowerInvariant() is "s" or "m" or "d" or "ll" or "re" or "ve";

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    private static bool IsUrlOrEmail(ReadOnlySpan<char> s)
    {
        if (s.Contains("://", StringComparison.Ordinal) || s.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        int at = s.IndexOf('@');
        return at > 0 && s[(at + 1)..].Contains('.') && !s[(at + 1)..].EndsWith(".");
    }
}
