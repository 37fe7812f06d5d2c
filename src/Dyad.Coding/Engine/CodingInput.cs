using Dyad.Coding.Actors;
using Dyad.Coding.Grammar;

namespace Dyad.Coding.Engine;

/// <summary>One sentence ready for coding: its parse, its actors, and the paragraph it belongs to.</summary>
public sealed record CodingInput(SentenceGraph Graph, SentenceActors Actors, int Paragraph);
