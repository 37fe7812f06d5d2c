using System.Security.Cryptography;
using System.Text;

namespace Dyad.Coding.Engine;

/// <summary>Stable event ids: the same document coded the same way always gives the same id.</summary>
public static class EventIds
{
    public static string Of(string doc, int triggerStart, string cameo, string source, string target)
    {
        var key = $"{doc}\u001f{triggerStart}\u001f{cameo}\u001f{source}\u001f{target}";
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
