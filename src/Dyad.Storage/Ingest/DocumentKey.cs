using System.Security.Cryptography;
using System.Text;
using Dyad.Core.Documents;

namespace Dyad.Storage.Ingest;

/// <summary>
/// A document's identity: the SHA-256 of its source content, and its URL when given (the same wire
/// story at two URLs is two articles from two sources; the same file read twice is one).
/// </summary>
public readonly record struct DocumentKey
{
    /// <summary>Lower-case hex SHA-256 of the content as read (before extraction).</summary>
    public string ContentSha256 { get; }
    public string? Url { get; }
    /// <summary>The stored key: the content hash alone, or the SHA-256 of hash and URL together.</summary>
    public string Id { get; }

    public DocumentKey(string contentSha256, string? url)
    {
        if (contentSha256 is not { Length: 64 } || !contentSha256.All(char.IsAsciiHexDigitLower))
            throw new ArgumentException("expected a lower-case hex SHA-256", nameof(contentSha256));
        ContentSha256 = contentSha256;
        Url = string.IsNullOrWhiteSpace(url) ? null : url.Trim();
        Id = Url is null ? contentSha256 : Sha256Hex(contentSha256 + "\n" + Url);
    }

    public static DocumentKey Of(string content, string? url) => new(Sha256Hex(content), url);

    public static DocumentKey Of(SourceDocument source) => Of(source.Content, source.Url);

    internal static string Sha256Hex(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public override string ToString() => Id;
}
