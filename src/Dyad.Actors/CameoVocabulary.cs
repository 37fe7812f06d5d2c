namespace Dyad.Actors;

/// <summary>
/// The three-letter groups CAMEO actor codes are built from, so the dictionary check can tell a
/// typo (RUSGVO) from a code. Countries come from the country dictionary itself.
/// </summary>
public static class CameoVocabulary
{
    /// <summary>Role and sector codes (CAMEO manual ch. 4, plus those PETRARCH-2's agents use).</summary>
    public static readonly IReadOnlySet<string> Roles = new HashSet<string>(StringComparer.Ordinal)
    {
        "GOV", "MIL", "COP", "JUD", "SPY", "REB", "OPP", "LEG", "PTY", "BUS", "MED", "CVL", "EDU", "HLH",
        "REF", "LAB", "AGR", "REL", "CRM", "ELI", "NGO", "ENV", "HRI", "UAF", "DEV", "MUS", "CHR", "CTH",
        "PRO", "JEW", "BUD", "HIN", "RAD", "PPL", "MAR", "IMG", "SHI", "SUN", "MOD", "IGO", "MNC", "SET",
    };

    /// <summary>
    /// First groups that are not countries: organisation types and CAMEO's regions (used by
    /// PETRARCH-2 for groups active across several countries: MEA Middle East, SAS South Asia...).
    /// </summary>
    public static readonly IReadOnlySet<string> NonCountryPrefixes = new HashSet<string>(StringComparer.Ordinal)
    {
        "IGO", "NGO", "IMG", "MNC", "INT", "AFR", "ASA", "BLK", "CAS", "CAU", "CFR", "CRB", "EAF", "EEU",
        "EUR", "LAM", "MEA", "MDT", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SEA", "WAF", "WST", "WEU",
    };
}
