using Dyad.Text.Lemmatization;
using Dyad.Text.Models;

namespace Dyad.Coding.Grammar;

/// <summary>
/// Mends the parser's commonest error on short news sentences: a sentence with no main verb whose verb
/// hangs off a noun, as in "Egyptian demonstrators rioted in Cairo." read as a noun phrase with a
/// reduced relative (rioted: acl of demonstrators), or "Nigerian police arrested dozens of protesters."
/// read as police/arrested modifying "dozens". The treebank the parser learned from has few such
/// sentences. A sentence that ends like a sentence has a verb: the verb becomes the root.
/// </summary>
public static class VerbRepair
{
    public static void Repair(string[] forms, string[] lemmas, string[] upos, int[] heads, string[] relations)
    {
        RetagVerbs(forms, lemmas, upos, heads, relations);
        UpToNumbers(forms, upos, heads, relations);
        TimeWordSubjects(forms, upos, heads, relations);
        CompoundSubjects(upos, heads, relations);
        DayModifiers(forms, heads, relations);
        CoordinatedGerunds(forms, upos, heads, relations);
        DoubleObjects(upos, heads, relations);
        int n = forms.Length;
        int root = Array.IndexOf(heads, -1);
        if (n < 3 || root < 0 || upos[root] is not ("NOUN" or "PROPN") || forms[n - 1] is not ("." or "!")) return;
        for (int v = 0; v < n; v++)
        {
            if (heads[v] != root || upos[v] != "VERB" || HasChild(heads, relations, v, "mark", "aux", "aux:pass", "obl:agent", "nsubj", "nsubj:pass")) continue;
            if (relations[v] == "acl" && v > root)
            {
                // "demonstrators rioted in Cairo": the noun is the subject; what follows the verb is the verb's.
                Promote(heads, relations, v, root, nominalsToo: true);
                heads[root] = v;
                relations[root] = "nsubj";
                return;
            }
            if (relations[v] == "amod" && v < root && v > 0 && heads[v - 1] == root && relations[v - 1] == "compound" && upos[v - 1] is "NOUN" or "PROPN")
            {
                // "police arrested dozens": the compound before the verb is the subject, the old root the object.
                Promote(heads, relations, v, root, nominalsToo: false);
                heads[v - 1] = v;
                relations[v - 1] = "nsubj";
                heads[root] = v;
                relations[root] = "obj";
                return;
            }
        }
    }

    /// <summary>
    /// "Guerrillas wounded two soldiers": a past participle the tagger read as an adjective but that has
    /// a direct object is a verb; it takes the verb's lemma so that its patterns apply.
    /// </summary>
    private static void RetagVerbs(string[] forms, string[] lemmas, string[] upos, int[] heads, string[] relations)
    {
        for (int i = 0; i < forms.Length; i++)
        {
            if (upos[i] != "ADJ" || !forms[i].EndsWith("ed", StringComparison.OrdinalIgnoreCase) || !HasChild(heads, relations, i, "obj")) continue;
            string lemma = Lemmatizer.VerbLemma(forms[i].ToLowerInvariant(), "VBD");
            if (!VerbLexicon.Contains(lemma)) continue;
            upos[i] = "VERB";
            lemmas[i] = lemma;
        }
    }

    /// <summary>
    /// "contribute up to 4,000 troops": the parser reads "up" as the verb's particle and "to 4,000 troops"
    /// as a "to" phrase; the troops are the object, "up to" bounds the number.
    /// </summary>
    private static void UpToNumbers(string[] forms, string[] upos, int[] heads, string[] relations)
    {
        for (int i = 0; i + 3 < forms.Length; i++)
        {
            if (!forms[i].Equals("up", StringComparison.OrdinalIgnoreCase) || !forms[i + 1].Equals("to", StringComparison.OrdinalIgnoreCase) || upos[i + 2] != "NUM") continue;
            int noun = heads[i + 2], verb = heads[i];
            if (noun <= i + 2 || upos[noun] != "NOUN" || heads[i + 1] != noun || verb < 0 || heads[noun] != verb || upos[verb] != "VERB" || HasChild(heads, relations, verb, "obj")) continue;
            relations[noun] = "obj";
            (heads[i], relations[i]) = (i + 2, "advmod");
            (heads[i + 1], relations[i + 1]) = (i, "fixed");
        }
    }

    /// <summary>
    /// "gave diplomats 72 hours to leave", "offered Ukraine two billion dollars": the parser reads the counted second
    /// object as an apposition of the first. The first is the indirect object, the counted noun the object.
    /// </summary>
    private static void DoubleObjects(string[] upos, int[] heads, string[] relations)
    {
        for (int a = 1; a < upos.Length; a++)
        {
            if (relations[a] != "appos" || upos[a] != "NOUN" || heads[a] < 0) continue;
            int first = heads[a], verb = heads[first];
            if (relations[first] != "obj" || verb < 0 || upos[verb] != "VERB" || first > a || HasChild(heads, relations, verb, "iobj")) continue;
            bool counted = false, comma = false;
            for (int c = first + 1; c < a; c++)
            {
                counted |= heads[c] == a && relations[c] == "nummod";
                comma |= upos[c] == "PUNCT";
            }
            // "Kenya's president, William Ruto" is an apposition; a number right after the first object is not.
            if (!counted || comma) continue;
            (relations[first], relations[a], heads[a]) = ("iobj", "obj", verb);
        }
    }

    /// <summary>
    /// "The Libyan National Army yesterday announced": the parser makes the time word the subject and the
    /// army its compound (or, for "Gaddafi and Zhivkov today signed", the names its possessor without a "'s").
    /// The army is the subject; the time word says when.
    /// </summary>
    private static void TimeWordSubjects(string[] forms, string[] upos, int[] heads, string[] relations)
    {
        for (int t = 1; t < forms.Length; t++)
        {
            if (relations[t] != "nsubj" || !NewsWords.RelativeDays.Contains(forms[t]) || heads[t] < 0) continue;
            int subject = -1;
            for (int c = t - 1; c >= 0 && subject < 0; c--)
                if (heads[c] == t && upos[c] is "NOUN" or "PROPN" && (relations[c] == "compound" || relations[c] == "nmod:poss" && !HasChild(heads, relations, c, "case"))) subject = c;
            if (subject < 0) continue;
            for (int c = 0; c < t; c++)
                if (heads[c] == t && c != subject) heads[c] = subject;
            (heads[subject], relations[subject]) = (heads[t], "nsubj");
            relations[t] = "obl:tmod";
        }
    }

    /// <summary>
    /// "Egyptian police opened fire": a noun hung on the verb right after it as a compound is the verb's subject, when
    /// the verb has none. A verb takes no noun compounds in UD; its compound is a particle, and that comes after it.
    /// </summary>
    private static void CompoundSubjects(string[] upos, int[] heads, string[] relations)
    {
        for (int c = 0; c + 1 < heads.Length; c++)
        {
            int verb = heads[c];
            if (verb != c + 1 || relations[c] != "compound" || upos[c] is not ("NOUN" or "PROPN") || upos[verb] != "VERB"
                || HasChild(heads, relations, verb, "nsubj", "nsubj:pass", "csubj")) continue;
            relations[c] = "nsubj";
        }
    }

    /// <summary>
    /// "issued a reminder Saturday to Iraq": a phrase the parser hangs on a day that says when is the verb's, as the day
    /// is; a day takes no nominal modifier of its own.
    /// </summary>
    private static void DayModifiers(string[] forms, int[] heads, string[] relations)
    {
        for (int c = 0; c < heads.Length; c++)
        {
            int day = heads[c];
            if (day < 0 || relations[c] != "nmod" || !NewsWords.Days.Contains(forms[day]) || heads[day] < 0 || !relations[day].StartsWith("obl", StringComparison.Ordinal)) continue;
            heads[c] = heads[day];
            relations[c] = "obl";
        }
    }

    /// <summary>
    /// Makes the verb the root and moves to it the old root's dependents after the verb that belong to a
    /// clause; nominal modifiers too when the old root becomes the subject (they then modify the verb).
    /// </summary>
    private static void Promote(int[] heads, string[] relations, int verb, int root, bool nominalsToo)
    {
        heads[verb] = -1;
        relations[verb] = "root";
        for (int c = verb + 1; c < heads.Length; c++)
        {
            if (heads[c] != root) continue;
            if (relations[c] is "punct" or "conj" or "cc" or "parataxis" or "advcl" or "obl" or "obl:tmod" or "nmod:tmod") heads[c] = verb;
            else if (nominalsToo && relations[c] == "nmod") { heads[c] = verb; relations[c] = "obl"; }
        }
    }

    /// <summary>
    /// "with Azerbaijan releasing 32 soldiers and Armenia releasing two": the parser reads the second clause as a
    /// name joined to the first clause's object ("soldiers and Armenia") with the verb modifying them. The name
    /// is the second verb's subject, and the second verb a conjunct of the first.
    /// </summary>
    private static void CoordinatedGerunds(string[] forms, string[] upos, int[] heads, string[] relations)
    {
        for (int v = 2; v < forms.Length; v++)
        {
            int name = v - 1, noun = heads[v];
            if (upos[v] != "VERB" || relations[v] != "acl" || !forms[v].EndsWith("ing", StringComparison.OrdinalIgnoreCase) || noun < 0) continue;
            if (upos[name] != "PROPN" || relations[name] != "conj" || heads[name] != noun) continue;
            int first = heads[noun];
            if (first < 0 || upos[first] != "VERB" || !forms[first].EndsWith("ing", StringComparison.OrdinalIgnoreCase) || relations[noun] != "obj") continue;
            for (int c = 0; c < forms.Length; c++)
                if (heads[c] == name && relations[c] == "cc") heads[c] = v;
            (heads[name], relations[name]) = (v, "nsubj");
            (heads[v], relations[v]) = (first, "conj");
        }
    }

    private static bool HasChild(int[] heads, string[] relations, int head, params ReadOnlySpan<string> wanted)
    {
        for (int c = 0; c < heads.Length; c++)
            if (heads[c] == head && wanted.Contains(relations[c])) return true;
        return false;
    }
}
