namespace Dyad.Core.Ontology;

/// <summary>A CAMEO event code: two to four digits, the first two naming one of the 20 root categories.</summary>
public readonly record struct CameoCode
{
    public string Value { get; }

    public CameoCode(string value)
    {
        if (value is null || value.Length is < 2 or > 4 || !value.All(char.IsAsciiDigit))
            throw new ArgumentException($"'{value}' is not a CAMEO event code (2-4 digits)", nameof(value));
        Value = value;
    }

    /// <summary>The root category, "01" to "20".</summary>
    public string Root => Value[..2];

    public int RootNumber => (Value[0] - '0') * 10 + (Value[1] - '0');

    /// <summary>
    /// CAMEO's quad class from the root: 1 verbal cooperation (01-05), 2 material cooperation (06-08),
    /// 3 verbal conflict (09-13), 4 material conflict (14-20).
    /// </summary>
    public int QuadClass => RootNumber switch
    {
        <= 5 => 1,
        <= 8 => 2,
        <= 13 => 3,
        _ => 4,
    };

    public override string ToString() => Value;
}
