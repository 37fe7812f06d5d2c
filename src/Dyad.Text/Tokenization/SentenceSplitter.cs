namespace Dyad.Text.Tokenization;

/// <summary>
/// Splits a token sequence into sentences. Boundaries: blank lines (always), sentence-final punctuation
/// followed by a plausible sentence start, line breaks after headline-like lines, and the end of a news
/// dateline ("MOSCOW (Reuters) -", "TALLINN:"), which is kept as its own sentence so it does not disturb the parse.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Returns the index of the first token of every sentence, in order (empty for no tokens).</summary>
    public static List<int> Split(string text, IReadOnlyList<TextToken> tokens)
    {
        var starts = new List<int>();
        int sentenceStart = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (i == sentenceStart)
            {
                starts.Add(i);
                int afterDateline = Math.Max(DatelineEnd(text, tokens, i), DateStampEnd(text, tokens, i));
                if (afterDateline > i && afterDateline < tokens.Count)
                {
                    sentenceStart = afterDateline;
                    i = afterDateline - 1;
                    continue;
                }
            }
            if (i + 1 < tokens.Count && EndsSentence(text, tokens, i, sentenceStart))
            {
                sentenceStart = i + 1;
            }
        }
        return starts;
    }

    private static bool EndsSentence(string text, IReadOnlyList<TextToken> tokens, int i, int sentenceStart)
    {
        var next = tokens[i + 1];
        if (next.Before == LineBreak.Paragraph)
        {
            return true;
        }
        var t = tokens[i].In(text);
        var n = next.In(text);
        // A quote or bracket closes what precedes it only when attached to it ("Why?" vs. left! "Why).
        bool closes = IsClosing(t) && i > sentenceStart && tokens[i].Start == tokens[i - 1].End;
        if (closes && IsTerminal(tokens[i - 1].In(text)))
        {
            return StartsSentence(n) || next.Before != LineBreak.None;
        }
        if (IsTerminal(t))
        {
            // A sentence ending inside a closing quote ends after the quote.
            bool quoteFollows = IsClosing(n) && next.Start == tokens[i].End;
            return !quoteFollows && (StartsSentence(n) || next.Before != LineBreak.None);
        }
        if (t.Length > 1 && t[^1] == '.')
        {
            // An abbreviation's period ends the sentence too when a typical sentence opener follows (... in the U.S. The ...).
            return !Lexicon.Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(t[..^1]) && t.Length > 2
                && Lexicon.SentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>().Contains(n);
        }
        // A line without final punctuation followed by a capitalised line: a headline or list item.
        return next.Before == LineBreak.Line && StartsSentence(n) && !IsContinuation(t);
    }

    private static bool IsTerminal(ReadOnlySpan<char> t) =>
        t is "." or "!" or "?" or "…" || t.Length > 1 && t.Trim(".!?").IsEmpty;

    private static bool IsClosing(ReadOnlySpan<char> t) => t is "\"" or "”" or "’" or "'" or "''" or ")" or "]";

    private static bool IsContinuation(ReadOnlySpan<char> t) => t is "," or ";" or ":" or "-" or "and" or "or" or "of" or "the" or "to";

    private static bool StartsSentence(ReadOnlySpan<char> n)
    {
        char c = n[0];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '(' or '[' or '`' or '-' or '—' or '•' or '*';
    }

    /// <summary>
    /// Recognises a dateline at a sentence start: capitalised place words (with commas and abbreviations
    /// such as "Va."), an optional parenthesised agency, then a dash or colon. Returns the index after it, or −1.
    /// </summary>
    private static int DatelineEnd(string text, IReadOnlyList<TextToken> tokens, int start)
    {
        int i = start;
        int places = 0;
        while (i < tokens.Count && i - start < 8)
        {
            var t = tokens[i].In(text);
            bool upperWord = t.Length >= 2 && char.IsUpper(t[0]) && IsAllCapsOrAbbreviation(t);
            if (upperWord || (t is "," && places > 0))
            {
                places += upperWord ? 1 : 0;
                i++;
                continue;
            }
            break;
        }
        if (places == 0 || i >= tokens.Count)
        {
            return -1;
        }
        if (tokens[i].In(text) is "(")
        {
            int close = i + 1;
            while (close < tokens.Count && close - i < 6 && tokens[close].In(text) is not ")")
            {
                close++;
            }
            if (close >= tokens.Count || close - i >= 6)
            {
                return -1;
            }
            i = close + 1;
        }
        return i < tokens.Count && tokens[i].In(text) is "-" or "--" or "—" or "–" or ":" ? i + 1 : -1;
    }

    /// <summary>
    /// Recognises a date stamp left at a sentence start by a scraped page: up to three label words or colons,
    /// then a numeric date ("date 2021-10-17 Myanmar's junta ...", "Published: 17/10/2021 The ...").
    /// Returns the index after the date when a sentence follows, or −1.
    /// </summary>
    private static int DateStampEnd(string text, IReadOnlyList<TextToken> tokens, int start)
    {
        for (int i = start; i < tokens.Count && i - start <= 3; i++)
        {
            int after = NumericDateEnd(text, tokens, i);
            if (after > i)
            {
                // A time after the date ("07/06/2000 14:57") belongs to the stamp; a capitalised word starts the sentence.
                return after < tokens.Count && (char.IsUpper(tokens[after].In(text)[0]) || tokens[after].Before != LineBreak.None) ? after : -1;
            }
            // "On 2021-10-17 The ..." is a sentence that starts with its date, not a label ("Posted on 2021-10-17" is one).
            if (i - start == 3 || !(tokens[i].In(text) is ":" || IsWord(tokens[i].In(text))) || i == start && Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tokens[i].In(text)))
            {
                return -1;
            }
        }
        return -1;
    }

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase) { "on", "in", "at", "by", "since", "from", "until", "till", "before", "after", "as", "of" };

    private static bool IsWord(ReadOnlySpan<char> t)
    {
        foreach (char c in t)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// 2021-10-17, 17/10/2021, 17.10.2021 at <paramref name="i"/>: three digit groups, one of four digits, joined
    /// without spaces by one separator, whether the tokenizer kept them whole or split them. Returns the index after, or −1.
    /// </summary>
    private static int NumericDateEnd(string text, IReadOnlyList<TextToken> tokens, int i)
    {
        int end = i;
        while (end + 1 < tokens.Count && end - i < 4 && tokens[end + 1].Start == tokens[end].End)
        {
            end++;
        }
        var span = text.AsSpan(tokens[i].Start, tokens[end].End - tokens[i].Start);
        if (span.Length < 8 || span.Length > 10)
        {
            return -1;
        }
        char separator = '\0';
        int groups = 1, digits = 0, longest = 0;
        foreach (char c in span)
        {
            if (char.IsAsciiDigit(c))
            {
                longest = Math.Max(longest, ++digits);
                continue;
            }
            if (c is not ('-' or '/' or '.') || separator != '\0' && c != separator || digits == 0)
            {
                return -1;
            }
            separator = c;
            groups++;
            digits = 0;
        }
        return groups == 3 && digits > 0 && longest == 4 ? end + 1 : -1;
    }

    private static bool IsAllCapsOrAbbreviation(ReadOnlySpan<char> t)
    {
        if (t[^1] == '.')
        {
            return true;
        }
        foreach (char c in t)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }
        return true;
    }
}
