using System.Text;
using System.Text.RegularExpressions;

namespace Dyad.Input;

/// <summary>
/// Turns an input's bytes into text: a byte-order mark wins, then a charset declared in HTML,
/// then strict UTF-8, then Windows-1252 (the usual encoding of pages saved on Windows) when every
/// byte is defined in it. Binary content is refused rather than decoded into garbage.
/// </summary>
public static partial class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    /// <summary>Decodes the bytes or throws <see cref="DecodeException"/> saying why not.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, bool sniffHtmlCharset)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Strict(StrictUtf8, bytes[3..], "UTF-8");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Strict(new UnicodeEncoding(false, false, true), bytes[2..], "UTF-16LE");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Strict(new UnicodeEncoding(true, false, true), bytes[2..], "UTF-16BE");
        if (LooksLikeBomlessUtf16(bytes, out bool bigEndian))
            return Strict(new UnicodeEncoding(bigEndian, false, true), bytes, bigEndian ? "UTF-16BE" : "UTF-16LE");
        if (LooksBinary(bytes)) throw new DecodeException("binary content (not a text, HTML, JSONL or CoNLL-U file)");

        if (sniffHtmlCharset && DeclaredCharset(bytes) is { } declared)
            return Strict(declared, bytes, declared.WebName);

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Strict(Windows1252, bytes, "UTF-8 or Windows-1252");
        }
    }

    private static readonly Encoding Windows1252 = StrictCodePage(1252);

    // Code pages other than UTF-8/16 and Latin-1 need the provider registered before any look-up.
    private static Encoding StrictCodePage(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    private static string Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new DecodeException($"undecodable bytes as {name} at byte {e.Index}");
        }
    }

    /// <summary>NUL bytes or many control characters mean the file is not text.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        int control = 0;
        foreach (byte b in head)
        {
            if (b == 0) return true;
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C)) control++;
        }
        return head.Length > 0 && control * 20 > head.Length;
    }

    /// <summary>UTF-16 without a BOM shows as every other byte zero in ASCII-heavy text.</summary>
    private static bool LooksLikeBomlessUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        int n = Math.Min(bytes.Length, 4096) & ~1;
        if (n < 8) return false;
        int evenZeros = 0, oddZeros = 0;
        for (int i = 0; i < n; i += 2)
        {
            if (bytes[i] == 0) evenZeros++;
            if (bytes[i + 1] == 0) oddZeros++;
        }
        int pairs = n / 2;
        if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1) return true;
        if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1) { bigEndian = true; return true; }
        return false;
    }

    private static Encoding? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        // The HTML5 prescan looks at the first 1024 bytes; real pages often declare it later, so look further.
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var m = CharsetPattern().Match(head);
        if (!m.Success) return null;
        var name = m.Groups[1].Value.Trim().ToLowerInvariant();
        // Browsers read pages labelled Latin-1 as Windows-1252 (WHATWG Encoding standard).
        if (name is "iso-8859-1" or "latin1" or "us-ascii" or "ascii") name = "windows-1252";
        try
        {
            var e = Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            // A page that declares UTF-16 but reached us as bytes without zeros is really ASCII-compatible.
            return e is UnicodeEncoding ? null : e;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetPattern();
}

/// <summary>The bytes of an input cannot be read as text.</summary>
public sealed class DecodeException(string message) : Exception(message);
