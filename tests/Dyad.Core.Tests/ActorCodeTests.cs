using Dyad.Core.Actors;

namespace Dyad.Core.Tests;

public class ActorCodeTests
{
    [Theory]
    [InlineData("RUS", true)]
    [InlineData("RUSSPY", true)]
    [InlineData("IGOWSTNAT", true)]
    [InlineData("rus", false)]
    [InlineData("RU", false)]
    [InlineData("RUS-GOV", false)]
    [InlineData("", false)]
    public void Validates(string value, bool valid) => Assert.Equal(valid, ActorCode.IsValid(value));

    [Fact]
    public void PrincipalIsTheCountryOrTheWholeOrganisation()
    {
        Assert.Equal(new ActorCode("RUS"), new ActorCode("RUSSPY").Principal);
        Assert.Equal(new ActorCode("IGOWSTNAT"), new ActorCode("IGOWSTNAT").Principal);
        Assert.True(new ActorCode("IGOWSTNAT").IsIgo);
    }

    [Fact]
    public void WithRoleDoesNotRepeatARole()
    {
        Assert.Equal("RUSGOV", new ActorCode("RUS").WithRole("GOV").Value);
        Assert.Equal("RUSGOV", new ActorCode("RUSGOV").WithRole("GOV").Value);
    }
}
