using Dyad.Core.Actors;

namespace Dyad.Actors;

/// <summary>
/// Combines the owner of an agent noun with the agent's role, following CAMEO's conventions:
/// "Russia's intelligence services" RUS + SPY = RUSSPY; "Russian diplomats" RUS + GOV = RUSGOV;
/// "Kremlin spokesman" RUSGOV + GOV = RUSGOV; "Pentagon spokesman" USAMIL + GOV = USAMIL (whoever
/// speaks for an institution is that institution); "NATO troops" IGOWSTNAT + MIL = IGOWSTNATMIL.
/// </summary>
public static class AgentCombination
{
    public static ActorCode Combine(ActorCode owner, ActorCode role)
    {
        string value = owner.Value;
        bool organisation = CameoVocabulary.NonCountryPrefixes.Contains(owner.Prefix);
        if (role.Value == "GOV" && value.Length > 3) return owner;
        if (organisation) return owner.WithRole(role.Value);
        return new ActorCode(owner.Prefix + role.Value);
    }
}
