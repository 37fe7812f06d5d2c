using Dyad.Coding.Grammar;

namespace Dyad.Coding.Actors;

/// <summary>
/// The actors last named in a document, so that later mentions ("the alliance", "he", "the
/// country") can be resolved to them. Updated sentence by sentence, in reading order.
/// </summary>
public sealed class DocumentMemory
{
    public ActorSpan? LastOrganisation { get; private set; }
    public ActorSpan? LastPerson { get; private set; }
    public ActorSpan? LastCountry { get; private set; }

    /// <summary>The country named before <see cref="LastCountry"/> (another one): "the two countries", "both sides".</summary>
    public ActorSpan? PreviousCountry { get; private set; }

    /// <summary>The first country, government or organisation of the last sentence that named one: what a later "it" most likely is.</summary>
    public ActorSpan? LastLead { get; private set; }

    private readonly List<(ActorSpan Organisation, string Head)> _organisations = [];

    /// <summary>
    /// "the assembly" after "the UN General Assembly", "the council" after "the Security Council": the last
    /// organisation whose name, as written, ends in that word.
    /// </summary>
    public ActorSpan? OrganisationCalled(string noun)
    {
        for (int i = _organisations.Count - 1; i >= 0; i--)
            if (_organisations[i].Head.Equals(noun, StringComparison.OrdinalIgnoreCase)) return _organisations[i].Organisation;
        return null;
    }

    public void Remember(SentenceGraph g, SentenceActors actors)
    {
        foreach (var m in actors.Mentions)
            if (m.Kind == MentionKind.Organisation && m.Last > m.First) _organisations.Add((m, g.Forms[m.Last]));
        if (actors.Mentions.FirstOrDefault(m => m.Kind is MentionKind.Organisation or MentionKind.Country or MentionKind.Government) is { } lead)
            LastLead = lead;
        foreach (var m in actors.Mentions)
        {
            switch (m.Kind)
            {
                case MentionKind.Organisation: LastOrganisation = m; break;
                case MentionKind.Person: LastPerson = m; break;
                case MentionKind.Country or MentionKind.Government:
                    if (LastCountry is { } last && last.Code.Prefix != m.Code.Prefix) PreviousCountry = last;
                    LastCountry = m;
                    break;
            }
        }
    }
}
