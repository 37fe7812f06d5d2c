namespace Dyad.Core.Actors;

/// <summary>
/// A CAMEO actor code: a three-letter country (ISO 3166-1 alpha-3) or IGO/NGO prefix followed by
/// three-letter role codes, e.g. RUS, RUSGOV, RUSSPY, IGOWSTNAT, NGOHRI.
/// </summary>
public readonly record struct ActorCode
{
    public string Value { get; }

    public ActorCode(string value)
    {
        if (!IsValid(value)) throw new ArgumentException($"'{value}' is not a CAMEO actor code (upper-case letters in groups of three)", nameof(value));
        Value = value;
    }

    public static bool IsValid(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length % 3 != 0 || value.Length > 30) return false;
        foreach (char c in value)
            if (c is not ((>= 'A' and <= 'Z') or (>= '0' and <= '9'))) return false;
        return true;
    }

    public static bool TryParse(string? value, out ActorCode code)
    {
        code = IsValid(value) ? new ActorCode(value!) : default;
        return code.Value is not null;
    }

    /// <summary>The first three letters: a country, or IGO/NGO/MNC and so on.</summary>
    public string Prefix => Value[..3];

    /// <summary>True when the code names an intergovernmental organisation (IGO...).</summary>
    public bool IsIgo => Value.StartsWith("IGO", StringComparison.Ordinal);

    /// <summary>
    /// The code at the level used to compare events across articles: the country alone, or for
    /// IGOs and NGOs the whole organisation code (IGOWSTNAT stays IGOWSTNAT; RUSSPY becomes RUS).
    /// </summary>
    public ActorCode Principal => Value.Length <= 3 || IsIgo || Value.StartsWith("NGO", StringComparison.Ordinal)
        ? this
        : new ActorCode(Value[..3]);

    /// <summary>Appends a role (GOV, MIL, SPY, ...) unless the code already ends with it.</summary>
    public ActorCode WithRole(string role) =>
        Value.EndsWith(role, StringComparison.Ordinal) ? this : new ActorCode(Value + role);

    public override string ToString() => Value;
}
