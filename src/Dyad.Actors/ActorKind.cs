namespace Dyad.Actors;

/// <summary>What a dictionary name stands for. The order is the preference when one name has several.</summary>
public enum ActorKind
{
    /// <summary>A named person, coded by the office held on the article's date.</summary>
    Person,
    /// <summary>A non-state armed or political group (Hamas, Taliban, Wagner).</summary>
    ArmedGroup,
    /// <summary>An intergovernmental organisation or one of its bodies (NATO, UN Security Council).</summary>
    Igo,
    /// <summary>A non-governmental organisation (Red Cross, Amnesty International).</summary>
    Ngo,
    /// <summary>A news agency or publisher: named in credit lines, never an event actor.</summary>
    NewsAgency,
    /// <summary>A place or building standing for an institution (Kremlin, White House, "Moscow said").</summary>
    Metonym,
    /// <summary>A country or territory by name (Russia, Burma, the Czech Republic).</summary>
    Country,
    /// <summary>A region that news uses for its country (England, Crimea).</summary>
    Region,
    /// <summary>An adjective or demonym (Russian, Russians, Britons).</summary>
    Demonym,
    /// <summary>A noun that gives a role to its country or organisation (spokesman, troops, judge).</summary>
    Agent,
    /// <summary>A city or town from the gazetteer: a location, not an actor.</summary>
    Place,
}
