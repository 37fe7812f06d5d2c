using Dyad.Core.Ontology;

namespace Dyad.Coding.Engine;

/// <summary>
/// CAMEO codes intentions apart from acts: "agreed to hold talks" is 036 (intent to meet), not 046;
/// "will provide aid" is 033; "threatened to impose sanctions" is 1312, not 163. An intended hostile
/// act is a threat whatever the verb that announces it ("plans to impose restrictions", "would
/// blockade Paris"), except a sanction announced as what will be done. Maps an act's code to the intent code CAMEO defines for it, where one exists.
/// </summary>
public static class IntentCodes
{
    /// <summary>
    /// "The army prepared to resume shelling": readying force is a material move short of using it, PLOVER's
    /// MOBILIZE ("increase readiness"), asserted, not a threat, which PLOVER keeps for what is said ("said it was
    /// prepared to strike", "is ready to retaliate" stay threats). Null for anything else.
    /// </summary>
    public static CameoCode? Readied(CameoCode act, string? governor) =>
        act.RootNumber >= 18 && governor == "prepare" ? new CameoCode("150") : null;

    public static CameoCode? For(CameoCode act, string governor)
    {
        string root = act.Root;
        // "Estonia said it would expel the ambassador", "announced it would prohibit all aid": a sanction is decided
        // when announced, so an announced one is the sanction itself; announced force stays a threat.
        if (root == "16" && governor == "will") return null;
        bool threat = governor == "threaten" || act.RootNumber >= 14;
        string? code = threat
            ? root switch
            {
                "14" => "133",
                "15" => "138",
                "16" => act.Value switch { "164" => "134", "165" => "135", "161" => "1313", "163" => "1312", _ => "131" },
                "17" => act.Value == "173" ? "137" : "132",
                "18" or "19" or "20" => "138",
                _ => null,
            }
            : root switch
            {
                "04" => "036",
                "05" => act.Value == "057" ? "030" : "032",
                "06" => "031",
                "07" => act.Value == "074" ? "0334" : "033",
                "08" => act.Value switch { "0841" => "0353", "085" => "0354", "087" or "0871" => "0356", _ => "035" },
                _ => null,
            };
        return code is null ? null : new CameoCode(code);
    }
}
