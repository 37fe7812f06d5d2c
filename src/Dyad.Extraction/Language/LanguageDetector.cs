using System.Collections.Frozen;

namespace Dyad.Extraction.Language;

/// <summary>
/// Guesses the language of a text that does not declare one: by script for the languages that
/// have their own, otherwise by counting the commonest function words of major Latin-script
/// languages. Function words are a short, closed list per language and dominate any paragraph.
/// </summary>
internal static class LanguageDetector
{
    private const int MaxWords = 400;

    private static readonly (string Code, string Words)[] StopWords =
    [
        ("en", "the of and to in is that for it was on with as he be by at are this from have has but not they his"),
        ("fr", "le la les de des du et est une un que qui dans pour pas sur au par avec ce il sont plus aux"),
        ("de", "der die das und ist nicht ein eine zu den mit von sich des auf dem im für es auch wird sie"),
        ("es", "el la los las de del y que en un una es por con para se no su al lo como más fue"),
        ("it", "il la di che e un una per non sono del della le gli con si è da al anche nel come"),
        ("pt", "o a os as de do da dos das e que em um uma para com não por se no na mais foi"),
        ("nl", "de het een en van is dat niet op te in zijn met voor er maar ook aan door werd"),
        ("sv", "och att det som en är på av för med till den har inte om ett var jag men"),
        ("pl", "i w na nie z się że do jest to jak po o od przez dla ale są jego"),
        ("tr", "ve bir bu da de için ile olarak daha çok gibi ama olan en kadar sonra değil"),
        ("id", "dan yang di ini itu dengan untuk dari dalam tidak akan pada juga ke adalah oleh"),
    ];

    private static readonly FrozenDictionary<string, int[]> WordLanguages = BuildIndex();

    private static FrozenDictionary<string, int[]> BuildIndex()
    {
        var map = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < StopWords.Length; i++)
            foreach (var w in StopWords[i].Words.Split(' '))
            {
                if (!map.TryGetValue(w, out var list)) map[w] = list = [];
                list.Add(i);
            }
        return map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>ISO 639-1 code, or null when the text is too short or unlike any known language.</summary>
    public static string? Detect(string text)
    {
        if (ScriptLanguage(text) is { } byScript) return byScript;
        Span<int> hits = stackalloc int[StopWords.Length];
        var lookup = WordLanguages.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[16];
        int words = 0, start = -1;
        for (int i = 0; i <= text.Length && words < MaxWords; i++)
        {
            bool letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                var word = text.AsSpan(start, i - start);
                start = -1;
                words++;
                if (word.Length > lower.Length) continue;
                int n = word.ToLowerInvariant(lower);
                if (lookup.TryGetValue(lower[..n], out var langs))
                    foreach (int l in langs) hits[l]++;
            }
        }
        int best = -1;
        for (int l = 0; l < hits.Length; l++)
            if (best < 0 || hits[l] > hits[best]) best = l;
        // Below a few function words per hundred words the text is a list or a name, not prose.
        return words >= 5 && hits[best] * 10 >= words ? StopWords[best].Code : null;
    }

    /// <summary>The language a non-Latin script points to, when most letters are in it.</summary>
    private static string? ScriptLanguage(string text)
    {
        int letters = 0, cyrillic = 0, arabic = 0, greek = 0, hebrew = 0, devanagari = 0, han = 0, kana = 0, hangul = 0;
        int limit = Math.Min(text.Length, 4000);
        for (int i = 0; i < limit; i++)
        {
            char c = text[i];
            if (!char.IsLetter(c)) continue;
            letters++;
            switch (c)
            {
                case >= '\u0400' and <= '\u04FF': cyrillic++; break;
                case >= '\u0600' and <= '\u06FF': arabic++; break;
                case >= '\u0370' and <= '\u03FF': greek++; break;
                case >= '\u0590' and <= '\u05FF': hebrew++; break;
                case >= '\u0900' and <= '\u097F': devanagari++; break;
                case >= '\u3040' and <= '\u30FF': kana++; break;
                case >= '\u4E00' and <= '\u9FFF': han++; break;
                case >= '\uAC00' and <= '\uD7AF': hangul++; break;
            }
        }
        if (letters == 0) return null;
        int half = letters / 2;
        if (kana > letters / 10) return "ja";
        if (han > half) return "zh";
        if (hangul > half) return "ko";
        if (cyrillic > half) return text.AsSpan(0, limit).ContainsAny('і', 'ї', 'є') ? "uk" : "ru";
        if (arabic > half) return "ar";
        if (greek > half) return "el";
        if (hebrew > half) return "he";
        if (devanagari > half) return "hi";
        return null;
    }
}
