using Dyad.Core.Actors;

namespace Dyad.Actors.Tests;

public class AgentCombinationTests
{
    [Theory]
    [InlineData("RUS", "SPY", "RUSSPY")] // Russia's intelligence services
    [InlineData("RUS", "GOV", "RUSGOV")] // Russian diplomats
    [InlineData("RUSGOV", "GOV", "RUSGOV")] // Kremlin spokesman
    [InlineData("USAMIL", "GOV", "USAMIL")] // Pentagon spokesman
    [InlineData("USAGOV", "MIL", "USAMIL")] // Washington's troops
    [InlineData("IGOWSTNAT", "GOV", "IGOWSTNAT")] // NATO officials
    [InlineData("IGOWSTNAT", "MIL", "IGOWSTNATMIL")] // NATO troops
    [InlineData("UKR", "CVL", "UKRCVL")] // Ukrainian civilians
    [InlineData("CHN", "GOVMED", "CHNGOVMED")] // Chinese state media (compound role)
    public void Owner_and_role_combine_by_CAMEO_convention(string owner, string role, string expected) =>
        Assert.Equal(expected, AgentCombination.Combine(new ActorCode(owner), new ActorCode(role)).Value);
}
