using Dyad.Core.Actors;

namespace Dyad.Coding.Actors;

/// <summary>An actor found for a noun phrase: its code and name, and the tokens of the phrase.</summary>
public readonly record struct ResolvedActor(ActorCode Code, string Name, int First, int Last);
