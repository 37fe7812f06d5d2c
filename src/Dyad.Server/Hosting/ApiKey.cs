using System.Security.Cryptography;
using System.Text;

namespace Dyad.Server.Hosting;

/// <summary>Checks the X-Api-Key header of requests that write.</summary>
internal sealed class ApiKey(string? configured)
{
    public const string Header = "X-Api-Key";

    private readonly byte[]? _key = string.IsNullOrEmpty(configured) ? null : Hash(configured);

    /// <summary>Null when the request may write; otherwise the error to answer with.</summary>
    public IResult? Refuse(HttpRequest request)
    {
        if (_key is null)
            return Problem.Result(StatusCodes.Status403Forbidden,
                "writing is disabled: start the server with --api-key or DYAD_API_KEY set to enable POST /api/documents");
        var given = request.Headers[Header].ToString();
        // Comparing fixed-length hashes in constant time reveals neither the key nor its length through timing.
        return given.Length > 0 && CryptographicOperations.FixedTimeEquals(Hash(given), _key)
            ? null
            : Problem.Result(StatusCodes.Status401Unauthorized, $"a valid {Header} header is required");
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
