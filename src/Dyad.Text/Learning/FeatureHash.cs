namespace Dyad.Text.Learning;

/// <summary>
/// 64-bit hashing of feature templates and strings. Features are never stored as strings: a feature is
/// the hash of its template id and atom values, so extraction allocates nothing and needs no vocabulary.
/// </summary>
internal static class FeatureHash
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private const ulong Golden2 = unchecked(2 * Golden);
    private const ulong Golden3 = unchecked(3 * Golden);
    private const ulong K1 = 0xD6E8FEB86659FD93UL;
    private const ulong K2 = 0xA0761D6478BD642FUL;
    private const ulong K3 = 0xE7037ED1A0B428DBUL;

    /// <summary>SplitMix64 finaliser: cheap and mixes every input bit into every output bit.</summary>
    public static ulong Mix(ulong h)
    {
        h ^= h >> 30;
        h *= 0xBF58476D1CE4E5B9UL;
        h ^= h >> 27;
        h *= 0x94D049BB133111EBUL;
        return h ^ (h >> 31);
    }

    public static ulong Of(ulong template, ulong a) => Mix((template * Golden) ^ Mix(a + Golden));

    public static ulong Of(ulong template, ulong a, ulong b) => Mix(Of(template, a) ^ Mix(b + Golden2));

    public static ulong Of(ulong template, ulong a, ulong b, ulong c) => Mix(Of(template, a, b) ^ Mix(c + Golden3));

    // The parser hashes a hundred features per state, so its hash is a chain of multiply-xors (each step a bijection of
    // the atom, so distinct atoms do not collide before the last step) with one cheap fold: the weight matrix reads a
    // row from the top bits, which the final multiply mixes well. With the full mixes of Of it spent a sixth of its time hashing.
    public static ulong Fast(ulong template, ulong a) => Fold((template * Golden ^ a) * K1);

    public static ulong Fast(ulong template, ulong a, ulong b) => Fold(((template * Golden ^ a) * K1 ^ b) * K2);

    public static ulong Fast(ulong template, ulong a, ulong b, ulong c) => Fold((((template * Golden ^ a) * K1 ^ b) * K2 ^ c) * K3);

    private static ulong Fold(ulong h) => (h ^ h >> 29) * K3;

    /// <summary>FNV-1a over UTF-16 code units, finalised with <see cref="Mix"/>.</summary>
    public static ulong OfChars(ReadOnlySpan<char> s)
    {
        ulong h = 0xCBF29CE484222325UL;
        foreach (char c in s)
        {
            h = (h ^ c) * 0x100000001B3UL;
        }
        return Mix(h);
    }

    /// <summary>Hash of the lower-cased string, computed without allocating the lower-cased copy.</summary>
    public static ulong OfLowerChars(ReadOnlySpan<char> s)
    {
        ulong h = 0xCBF29CE484222325UL;
        foreach (char c in s)
        {
            h = (h ^ char.ToLowerInvariant(c)) * 0x100000001B3UL;
        }
        return Mix(h);
    }
}
