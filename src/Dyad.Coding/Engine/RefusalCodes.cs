using Dyad.Core.Ontology;

namespace Dyad.Coding.Engine;

/// <summary>
/// "Refused to X" is CAMEO's reject family (12), specific to what was refused: refusing to meet is
/// 125, refusing to yield (lift a curfew, release prisoners, ease sanctions) 124 and its children,
/// refusing cooperation or aid 121/122.
/// </summary>
public static class RefusalCodes
{
    public static CameoCode For(CameoCode refusedAct) => new(refusedAct.Root switch
    {
        "04" or "03" => "125",
        "06" => "121",
        "07" => "122",
        "08" => refusedAct.Value switch
        {
            "081" or "0811" or "0812" or "0813" or "0814" => "1241",
            "0841" or "0842" => "1243",
            "085" => "1244",
            "086" or "0861" or "0862" or "0863" => "1245",
            "087" or "0871" or "0872" or "0873" or "0874" => "1246",
            _ => "124",
        },
        _ => "120",
    });
}
