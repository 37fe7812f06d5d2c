using Dyad.Core.Actors;
using Dyad.Core.Time;

namespace Dyad.Actors;

/// <summary>
/// A dictionary name found in a sentence: tokens [Start, Start + Length) and every entry that name
/// has, most preferred first (a person before an organisation before a metonym before a place:
/// "Moscow" is the government when it speaks, the city when something happens in it).
/// </summary>
public readonly record struct ActorMatch(int Start, int Length, IReadOnlyList<ActorEntry> Entries)
{
    public int End => Start + Length;

    public ActorEntry Entry => Entries[0];

    public ActorKind Kind => Entry.Kind;

    /// <summary>The preferred entry's code on the article's date (see <see cref="ActorEntry.CodeOn"/>).</summary>
    public ActorCode? CodeOn(PartialDate date) => Entry.CodeOn(date);

    /// <summary>The entry of one kind, if the name has one ("Moscow" as a <see cref="ActorKind.Place"/>).</summary>
    public ActorEntry? Find(ActorKind kind)
    {
        foreach (var entry in Entries)
            if (entry.Kind == kind) return entry;
        return null;
    }
}
