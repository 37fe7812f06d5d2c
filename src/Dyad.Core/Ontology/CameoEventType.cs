namespace Dyad.Core.Ontology;

/// <summary>One row of the CAMEO codebook.</summary>
public sealed record CameoEventType(CameoCode Code, string Name, double Goldstein, string Description);
