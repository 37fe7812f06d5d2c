using System.Collections.Frozen;

namespace Dyad.Text.Tokenization;

/// <summary>Closed word lists the tokenizer and sentence splitter consult (all lower case, without the final period).</summary>
internal static class Lexicon
{
    /// <summary>Titles precede a name, so a period after them never ends a sentence.</summary>
    public static readonly FrozenSet<string> Titles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "gens", "sen", "sens", "rep", "reps", "gov", "lt", "col", "maj", "capt",
        "sgt", "adm", "cmdr", "cpl", "pvt", "rev", "st", "hon", "pres", "supt", "amb", "sr", "jr", "fr", "brig", "insp", "det");

    /// <summary>Abbreviations that keep their period as part of the token (EWT style).</summary>
    public static readonly FrozenSet<string> Abbreviations = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        [.. Titles,
        "inc", "corp", "co", "ltd", "llc", "plc", "bros", "vs", "etc", "al", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "no", "nos", "vol", "pp",
        "fig", "dept", "univ", "assn", "est", "approx", "ave", "blvd", "rd", "mt", "ft", "ala", "ariz", "ark", "calif", "colo",
        "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev",
        "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "govt", "intl", "natl", "min", "max", "approx", "cf"]);

    /// <summary>Words that typically start a sentence, used to decide whether "U.S." or "Inc." also ended one.</summary>
    public static readonly FrozenSet<string> SentenceStarters = FrozenSet.Create(StringComparer.Ordinal,
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "In", "On", "At", "This", "That", "These",
        "Those", "There", "His", "Her", "Its", "Their", "Our", "My", "If", "When", "While", "After", "Before", "As", "Some",
        "Many", "Most", "No", "So", "Yet", "However", "Meanwhile", "Officials", "What", "Why", "How");

    /// <summary>Hyphenated prefixes EWT keeps inside one token (e-mail, co-workers, pre-war); other hyphens are split.</summary>
    public static readonly FrozenSet<string> HyphenPrefixes = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "e", "co", "pre", "post", "non", "semi", "re", "anti", "multi", "ex", "mid", "pro", "inter", "sub", "un", "vice",
        "counter", "neo", "over", "under", "self", "bi", "tri", "micro", "mini", "quasi", "ultra");

    /// <summary>Contractions split inside the word without an apostrophe, as EWT does (cannot → can not).</summary>
    public static readonly FrozenDictionary<string, int> SplitWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["cannot"] = 3, ["gonna"] = 3, ["gotta"] = 3, ["wanna"] = 3,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
}
