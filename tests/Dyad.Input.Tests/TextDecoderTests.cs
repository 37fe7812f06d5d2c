using System.Text;

namespace Dyad.Input.Tests;

public class TextDecoderTests
{
    private const string Sample = "NATO expelled eight Russians – “malign activity”, said Stoltenberg.";

    [Fact]
    public void Utf8WithAndWithoutBom()
    {
        Assert.Equal(Sample, TextDecoder.Decode(Encoding.UTF8.GetBytes(Sample), false));
        Assert.Equal(Sample, TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)], false));
    }

    [Fact]
    public void Utf16WithBomBothEndiansAndWithoutBom()
    {
        Assert.Equal(Sample, TextDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sample)], false));
        Assert.Equal(Sample, TextDecoder.Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sample)], false));
        Assert.Equal(Sample, TextDecoder.Decode(Encoding.Unicode.GetBytes(Sample), false));
    }

    [Fact]
    public void Windows1252WhenNotUtf8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes(Sample);
        Assert.Equal(Sample, TextDecoder.Decode(bytes, false));
    }

    [Fact]
    public void HtmlDeclaredCharsetWins()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = "<html><head><meta charset=\"koi8-r\"></head><body>Москва</body></html>";
        var bytes = Encoding.GetEncoding("koi8-r").GetBytes(html);
        Assert.Contains("Москва", TextDecoder.Decode(bytes, sniffHtmlCharset: true), StringComparison.Ordinal);
    }

    [Fact]
    public void BinaryIsRefused()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 0, 0, 0xFF];
        var e = Assert.Throws<DecodeException>(() => TextDecoder.Decode(png, false));
        Assert.Contains("binary", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidUtf16IsUndecodable()
    {
        // A BOM, then a lone high surrogate.
        var e = Assert.Throws<DecodeException>(() => TextDecoder.Decode([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00], false));
        Assert.Contains("undecodable", e.Message, StringComparison.Ordinal);
    }
}
