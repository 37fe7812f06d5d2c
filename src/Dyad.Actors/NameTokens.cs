namespace Dyad.Actors;

/// <summary>
/// Splits a dictionary name into the token sequences a tokenizer may make of it. Tokenizers differ
/// on possessives ("People's" or "People" + "'s") and hyphens ("al-Shabaab" or "al" "-" "Shabaab"),
/// so each name is indexed under every form. A leading "the" is dropped: "the Kremlin" and "the UN"
/// are matched as "Kremlin" and "UN", leaving the article to the parse.
/// </summary>
internal static class NameTokens
{
    public static IEnumerable<string[]> Variants(string name)
    {
        string[] words = TextFold.Fold(name).Split(' ');
        if (words.Length > 1 && words[0] is "the" or "The") words = words[1..];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string[] spelling in ArticleSpellings(words))
        foreach (bool splitPossessive in new[] { false, true })
        foreach (bool splitHyphen in new[] { false, true })
        {
            string[] tokens = spelling.SelectMany(w => Split(w, splitPossessive, splitHyphen)).ToArray();
            if (seen.Add(string.Join('\u0001', tokens))) yield return tokens;
        }
    }

    /// <summary>
    /// The Arabic article is written al-, el- or as a word of its own: "Omar al-Bashir" is also reported as
    /// "Omar El Bashir" and "Omar el-Bashir". Yields the name as written, then with each of those spellings.
    /// </summary>
    private static IEnumerable<string[]> ArticleSpellings(string[] words)
    {
        yield return words;
        if (!words.Any(IsArticled)) yield break;
        foreach (string article in (string[])["al", "el"])
        {
            yield return words.Select(w => IsArticled(w) ? article + w[2..] : w).ToArray();
            yield return words.SelectMany(w => IsArticled(w) ? [article, w[3..]] : (string[])[w]).ToArray();
        }
    }

    private static bool IsArticled(string word) =>
        word.Length > 4 && word[2] == '-' && (word.StartsWith("al", StringComparison.OrdinalIgnoreCase) || word.StartsWith("el", StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> Split(string word, bool possessive, bool hyphen)
    {
        string? clitic = null;
        if (possessive && word.Length > 2 && word.EndsWith("'s", StringComparison.Ordinal))
        {
            clitic = "'s";
            word = word[..^2];
        }
        if (hyphen && word.Length > 2 && word.IndexOf('-', 1, word.Length - 2) > 0)
        {
            string[] parts = word.Split('-');
            for (int i = 0; i < parts.Length; i++)
            {
                if (i > 0) yield return "-";
                if (parts[i].Length > 0) yield return parts[i];
            }
        }
        else
        {
            yield return word;
        }
        if (clitic is not null) yield return clitic;
    }
}
