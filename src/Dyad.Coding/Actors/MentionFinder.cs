using Dyad.Actors;
using Dyad.Coding.Grammar;
using Dyad.Core.Time;

namespace Dyad.Coding.Actors;

/// <summary>
/// Runs the actor dictionaries over a parsed sentence: names become actor mentions coded as of the
/// article's date (a person stands for the office held that day), agent nouns give roles, and
/// places and people with no office on that date are left out.
/// </summary>
public sealed class MentionFinder(ActorMatcher matcher)
{
    public SentenceActors Find(SentenceGraph g, PartialDate date)
    {
        var mentions = new List<ActorSpan>();
        var roles = new string?[g.Count];
        var blocked = new bool[g.Count];
        foreach (var m in matcher.Match(g.Forms, g.Lemmas))
        {
            int last = m.Start + m.Length - 1;
            if (m.Kind == ActorKind.Agent && m.Entry.Code is { } role)
            {
                // The role belongs to the head noun of the agent phrase, its last token.
                roles[last] = role.Value;
                continue;
            }
            var kind = KindOf(m.Kind);
            if (kind is null) continue;
            if (m.Kind == ActorKind.NewsAgency)
            {
                Array.Fill(blocked, true, m.Start, m.Length);
                continue;
            }
            // "Moscow" is the Russian government when it speaks and a place when things happen in it: keep both readings.
            var code = m.CodeOn(date) ?? m.Entry.CodeByTitle(TitleBefore(g, m.Start));
            // A country's name is that country, not a town of the same name abroad ("Montenegro", a town in Brazil).
            var place = m.Find(ActorKind.Place) is { } p && (m.Kind != ActorKind.Country || code is { } own && p.Code is { } pc && pc.Prefix == own.Prefix) ? p : null;
            if (code is { } c) mentions.Add(new ActorSpan(m.Start, last, c, m.Entry.Name, kind.Value) { Geo = (place ?? m.Entry).Place, PlaceCountry = place?.Code });
        }
        return new SentenceActors(g.Count, mentions, roles, blocked);
    }

    private static readonly HashSet<string> TitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "prime", "minister", "foreign", "defence", "defense", "secretary", "chancellor", "premier", "king",
        "emir", "vice",
    };

    /// <summary>The capitalised title words just before a name, lower-cased: "Prime Minister", "Foreign Minister", "President".</summary>
    private static string TitleBefore(SentenceGraph g, int start)
    {
        int first = start;
        while (first > 0 && start - first < 3 && char.IsUpper(g.Forms[first - 1][0]) && TitleWords.Contains(g.Forms[first - 1])) first--;
        // "Vice", "Prime" and "Foreign" are no office without the word after them.
        if (first == start || start - first == 1 && g.Forms[first] is "Vice" or "Prime" or "Foreign") return "";
        return string.Join(' ', g.Forms[first..start]).ToLowerInvariant();
    }

    private static MentionKind? KindOf(ActorKind kind) => kind switch
    {
        ActorKind.Person => MentionKind.Person,
        ActorKind.ArmedGroup or ActorKind.Igo or ActorKind.Ngo => MentionKind.Organisation,
        ActorKind.Metonym => MentionKind.Government,
        ActorKind.Country or ActorKind.Region or ActorKind.Demonym => MentionKind.Country,
        ActorKind.Place => MentionKind.Place,
        _ => null,
    };
}
