using Dyad.Core.Ontology;

namespace Dyad.Coding.Patterns;

/// <summary>Where in the tree an event's source or target is found.</summary>
public enum RoleSlot
{
    /// <summary>The subject of the trigger (or the agent "by" phrase in the passive; for nouns, the subject of the light verb).</summary>
    Subject,
    /// <summary>The direct object (or the passive subject).</summary>
    Object,
    /// <summary>An oblique or nominal modifier marked by a given preposition ("on Iran", "with China").</summary>
    Oblique,
    /// <summary>A possessor or country adjective of an event noun ("Russia's invasion", "the Russian attack").</summary>
    Possessor,
    /// <summary>The indirect object: "gave Seoul loans".</summary>
    IndirectObject,
    /// <summary>The subject of a clausal complement: "demanded that the US cancel", "urged Iran to".</summary>
    Complement,
}

/// <summary>One place a role can be found: a slot and, for obliques, the preposition.</summary>
public readonly record struct RoleSpec(RoleSlot Slot, string? Preposition)
{
    public override string ToString() => Slot switch
    {
        RoleSlot.Subject => "subj",
        RoleSlot.Object => "obj",
        RoleSlot.Possessor => "poss",
        RoleSlot.Complement => "comp",
        RoleSlot.IndirectObject => "iobj",
        _ => "obl:" + Preposition,
    };
}

/// <summary>
/// One event pattern from the pattern files: a trigger (verb lemma with optional particle, or event
/// noun, or a light verb with its object noun), where its source and target are, constraints on the
/// object, the CAMEO code it gives and an example sentence that must produce it.
/// </summary>
public sealed record EventPattern
{
    public required string Id { get; init; }
    public required CameoCode Cameo { get; init; }
    /// <summary>Lemmas (spelling variants), each with its particle after a space for phrasal verbs ("kick out").</summary>
    public required IReadOnlyList<string> Triggers { get; init; }
    public required bool IsNoun { get; init; }
    /// <summary>For light-verb patterns ("impose" + "sanction"): the object noun lemmas that make the event.</summary>
    public IReadOnlySet<string>? ObjectNouns { get; init; }
    /// <summary>The object's head must be in this word class (e.g. DIPLOMAT for "expel diplomats").</summary>
    public string? ObjectClass { get; init; }
    /// <summary>The trigger's clausal complement must carry one of these modals: "said that Libya *must* hand over" is a demand.</summary>
    public IReadOnlySet<string>? ComplementModals { get; init; }
    /// <summary>
    /// The trigger's clausal complement must hold a word of this class ("said that Egypt was *unwilling* to compromise"
    /// blames Egypt), or a "to" clause on the trigger or its object be headed by one ("72 hours *to leave*").
    /// </summary>
    public string? ComplementClass { get; init; }
    public required IReadOnlyList<RoleSpec> Source { get; init; }
    public required IReadOnlyList<RoleSpec> Target { get; init; }
    /// <summary>PLOVER refinement where PLOVER says more than the CAMEO table (e.g. mode "expel").</summary>
    public PloverCoding? Plover { get; init; }
    /// <summary>A sentence written by us that this pattern must code; entries of the generated verb lexicon have none.</summary>
    public string? Example { get; init; }

    /// <summary>Written by us in events.tsv (with an example), not generated from the PETRARCH lexicon.</summary>
    public bool HandWritten => Example is not null;
    /// <summary>File and line, for error messages.</summary>
    public required string Origin { get; init; }
}
