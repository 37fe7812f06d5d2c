using Dyad.Core.Actors;

namespace Dyad.Core.Events;

/// <summary>An actor as coded in an event: its code and name, and the words of the article that named it.</summary>
public sealed record ActorMention(ActorCode Code, string Name, TextSpan Span);
