using Dyad.Core.Actors;
using Dyad.Core.Time;

namespace Dyad.Actors;

/// <summary>
/// One term in one office: what a person stood for from <see cref="From"/> to <see cref="To"/>
/// (both inclusive; <see cref="To"/> is null while the term goes on). Dates may be partial when the
/// day is not known for sure.
/// </summary>
public sealed record OfficeTerm(string Office, ActorCode Code, PartialDate From, PartialDate? To)
{
    /// <summary>True when the term may include the day <paramref name="date"/> starts on.</summary>
    public bool Covers(PartialDate date) =>
        From.Start <= date.Start && (To is not { } to || date.Start <= to.End);

    /// <summary>True when the two terms share more than a hand-over day.</summary>
    public bool Overlaps(OfficeTerm other)
    {
        var (first, second) = From.Start <= other.From.Start ? (this, other) : (other, this);
        return first.To is not { } end || end.Start > second.From.Start;
    }
}
