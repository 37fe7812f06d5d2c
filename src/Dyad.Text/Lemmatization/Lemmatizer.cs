namespace Dyad.Text.Lemmatization;

/// <summary>
/// Rule-based English lemmatizer: an exception table (irregular and rule-defying forms, learned from
/// the training treebank) is consulted first, then for verbs WordNet's irregular forms, then suffix
/// rules chosen by the Penn tag; where the
/// rules give a verb English does not have ("imposed" → "impos"), the spelling WordNet knows among the
/// other readings of the suffix wins ("impose").
/// Lemmas follow UD English conventions: lower case, except proper nouns and "I", which keep their form.
/// </summary>
public sealed class Lemmatizer
{
    private readonly Dictionary<(string Form, string Upos), string> _exceptions;

    public Lemmatizer(IReadOnlyDictionary<(string Form, string Upos), string> exceptions)
    {
        _exceptions = new Dictionary<(string, string), string>(exceptions);
    }

    /// <summary>Forms whose lemma the rules get wrong, keyed by (lower-cased form, UPOS).</summary>
    public IReadOnlyDictionary<(string Form, string Upos), string> Exceptions => _exceptions;

    public string Lemmatize(string form, string upos, string xpos)
    {
        if (upos == "PROPN")
        {
            return form;
        }
        string lower = form.ToLowerInvariant();
        if (_exceptions.TryGetValue((lower, upos), out string? lemma))
        {
            return lemma;
        }
        // A past form tagged as present ("forces retook" read as VBP) is still irregular; one that is a verb itself ("found", "saw") is not.
        if (xpos == "VBP" && !VerbLexicon.Contains(lower) && VerbLexicon.IrregularLemma(lower) is { } past) return past;
        return xpos is "VBD" or "VBN" or "VBG" or "VBZ" ? VerbLemma(lower, xpos) : Rules(lower, xpos);
    }

    /// <summary>The lemma of a regular verb form (lower case) by the suffix rules, settled by WordNet's verb list.</summary>
    public static string VerbLemma(string lower, string xpos)
    {
        if (VerbLexicon.IrregularLemma(lower) is { } irregular) return irregular;
        string ruled = Rules(lower, xpos);
        // "staged", "scared": a short vowel before one consonant would have doubled it (stagged), so the
        // verb ends in a silent e even where WordNet also knows the shorter verb (stag, scar).
        int cut = xpos == "VBG" ? 3 : 2;
        if (xpos is "VBD" or "VBN" or "VBG" && lower.Length > cut && lower.AsSpan(0, lower.Length - cut).SequenceEqual(ruled) && EndsShortSyllable(ruled) && VerbLexicon.Contains(ruled + "e"))
            return ruled + "e";
        return VerbLexicon.Contains(ruled) ? ruled : KnownVerb(lower, xpos) ?? ruled;
    }

    private static bool EndsShortSyllable(string stem) =>
        stem.Length >= 3 && !IsVowel(stem[^3]) && IsVowel(stem[^2]) && !IsVowel(stem[^1]) && stem[^1] is not ('w' or 'x' or 'y');

    /// <summary>The first reading of a verb's suffix that gives a verb WordNet knows: -ed/-ing with or without a silent e or a doubled consonant, -s or -es.</summary>
    private static string? KnownVerb(string w, string xpos)
    {
        int cut = xpos switch
        {
            "VBD" or "VBN" when w.EndsWith("ed", StringComparison.Ordinal) => 2,
            "VBG" when w.EndsWith("ing", StringComparison.Ordinal) => 3,
            "VBZ" when w.EndsWith('s') => 1,
            _ => 0,
        };
        if (cut == 0 || w.Length <= cut + 1) return null;
        string stem = w[..^cut];
        ReadOnlySpan<string> readings = xpos == "VBZ"
            ? [stem, stem.EndsWith('e') ? stem[..^1] : stem]
            : [stem + "e", stem, stem.Length >= 3 && stem[^1] == stem[^2] ? stem[..^1] : stem];
        foreach (string reading in readings)
            if (VerbLexicon.Contains(reading)) return reading;
        return null;
    }

    /// <summary>Suffix rules by Penn tag; everything else is its lower-cased form.</summary>
    public static string Rules(string w, string xpos) => xpos switch
    {
        "NNS" => Plural(w),
        "VBZ" => ThirdPerson(w),
        "VBD" or "VBN" => Strip(w, w.EndsWith("ied", StringComparison.Ordinal) ? 3 : w.EndsWith("ed", StringComparison.Ordinal) ? 2 : 0, "ied"),
        "VBG" => Strip(w, w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 4 ? 3 : 0, "ying"),
        "JJR" or "RBR" => Strip(w, w.EndsWith("er", StringComparison.Ordinal) && w.Length > 4 ? 2 : 0, "ier"),
        "JJS" or "RBS" => Strip(w, w.EndsWith("est", StringComparison.Ordinal) && w.Length > 5 ? 3 : 0, "iest"),
        _ => w,
    };

    private static string Plural(string w)
    {
        if (w.Length <= 3 || !w.EndsWith('s') || w.EndsWith("ss", StringComparison.Ordinal) || w.EndsWith("us", StringComparison.Ordinal) || w.EndsWith("is", StringComparison.Ordinal))
        {
            return w;
        }
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            return w[..^3] + "y";
        }
        if (EndsWithAny(w, "sses", "xes", "zes", "ches", "shes"))
        {
            return w[..^2];
        }
        return w[..^1];
    }

    private static string ThirdPerson(string w)
    {
        if (w.Length <= 2 || !w.EndsWith('s'))
        {
            return w;
        }
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            return w[..^3] + "y";
        }
        if (EndsWithAny(w, "sses", "xes", "zes", "ches", "shes", "oes"))
        {
            return w[..^2];
        }
        return w[..^1];
    }

    /// <summary>
    /// Removes a verb or adjective ending, then repairs the stem: "-i" back to "-y" (tried → try),
    /// doubled final consonants undone (stopped → stop) and a silent "e" restored (making → make).
    /// </summary>
    private static string Strip(string w, int cut, string yEnding)
    {
        if (cut == 0)
        {
            return w;
        }
        if (w.EndsWith(yEnding, StringComparison.Ordinal) && yEnding != "ying")
        {
            return w[..^yEnding.Length] + "y";
        }
        string stem = w[..^cut];
        if (stem.Length >= 3 && stem[^1] == stem[^2] && !IsVowel(stem[^1]) && (stem[^1] is not ('l' or 's' or 'z' or 'f') || IsStressedEll(stem)))
        {
            return stem[..^1];
        }
        if (NeedsE(stem))
        {
            return stem + "e";
        }
        return stem;
    }

    /// <summary>Stems that English spells with a final silent "e": -at, -iz, -bl, -v, -c, -us, -ur, and short consonant-vowel-consonant ones.</summary>
    private static bool NeedsE(string stem)
    {
        if (EndsWithAny(stem, "at", "iz", "bl", "us", "ur", "dg", "uc", "nc", "rc", "rg", "ng") && !stem.EndsWith("eng", StringComparison.Ordinal))
        {
            return !stem.EndsWith("ng", StringComparison.Ordinal) || stem.EndsWith("ang", StringComparison.Ordinal) && stem.Length <= 4;
        }
        if (stem.EndsWith('v'))
        {
            return true;
        }
        int n = stem.Length;
        return n is 3 && !IsVowel(stem[0]) && IsVowel(stem[1]) && !IsVowel(stem[2]) && stem[2] is not ('w' or 'x' or 'y');
    }

    /// <summary>Longer stems in -ell/-oll double the l (expelled, controlled), short ones are spelled with ll (called, rolled).</summary>
    private static bool IsStressedEll(string stem) => stem.Length >= 6 && stem[^1] == 'l' && stem[^3] is 'e' or 'o';

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool EndsWithAny(string w, params ReadOnlySpan<string> endings)
    {
        foreach (string e in endings)
        {
            if (w.EndsWith(e, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
