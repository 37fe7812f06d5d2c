namespace Dyad.Coding.Actors;

/// <summary>
/// The actor mentions of one sentence, indexed by token, and the sector role that agent nouns give
/// ("spokesman" GOV, "troops" MIL), as found by the actor stage.
/// </summary>
public sealed class SentenceActors
{
    private readonly int[] _mentionAt;

    public IReadOnlyList<ActorSpan> Mentions { get; }

    /// <summary>CAMEO role of each token when it is an agent noun, else null.</summary>
    public string?[] Roles { get; }

    /// <summary>Tokens of news agencies and publishers ("AP", "RFE/RL"): never an actor, nor part of one.</summary>
    public bool[] Blocked { get; }

    public SentenceActors(int tokenCount, IReadOnlyList<ActorSpan> mentions, string?[] roles, bool[] blocked)
    {
        Mentions = mentions;
        Roles = roles;
        Blocked = blocked;
        _mentionAt = new int[tokenCount];
        Array.Fill(_mentionAt, -1);
        for (int m = 0; m < mentions.Count; m++)
            for (int t = mentions[m].First; t <= mentions[m].Last; t++) _mentionAt[t] = m;
    }

    public ActorSpan? At(int token) => _mentionAt[token] >= 0 ? Mentions[_mentionAt[token]] : null;
}
