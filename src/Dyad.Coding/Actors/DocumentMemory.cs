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

    public void Remember(SentenceActors actors)
    {
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
