using System.IO.Compression;
using System.Text;
using Dyad.Core.Documents;
using Dyad.Core.Time;

namespace Dyad.Input.Tests;

public class DocumentReaderTests
{
    private static List<InputItem> Read(InputOptions options, params string[] paths) => new DocumentReader(options).Read(paths).ToList();

    [Fact]
    public void MissingFileIsAnErrorAndTheBatchGoesOn()
    {
        using var dir = new TempFolder();
        var good = dir.Write("a.txt", "Russia expelled two diplomats.");
        var items = Read(new InputOptions(), Path.Combine(dir.Path, "missing.txt"), good);
        Assert.Equal(2, items.Count);
        Assert.Contains("missing.txt: no such file", items[0].Error!.Message, StringComparison.Ordinal);
        Assert.Equal("Russia expelled two diplomats.", items[1].Document!.Content);
    }

    [Fact]
    public void BinaryFileIsAnError()
    {
        using var dir = new TempFolder();
        var bin = dir.Write("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 0, 1, 2, 3]);
        var item = Assert.Single(Read(new InputOptions(), bin));
        Assert.Equal(bin, item.Error!.Origin);
        Assert.Contains("binary", item.Error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void UnreadableFileIsAnError()
    {
        // Reading this process's own memory file fails with an I/O error even for root, unlike a chmod-ed file.
        const string path = "/proc/self/mem";
        var item = Assert.Single(Read(new InputOptions(), path));
        Assert.Equal(path, item.Error!.Origin);
        Assert.False(string.IsNullOrWhiteSpace(item.Error.Problem));
    }

    [Fact]
    public void CorruptGzipIsAnError()
    {
        using var dir = new TempFolder();
        var notGzip = dir.Write("page.html.gz", "this is not gzip");
        var item = Assert.Single(Read(new InputOptions(), notGzip));
        Assert.Contains("gzip", item.Error!.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TooLargeInputIsAnErrorNamingTheLimit()
    {
        using var dir = new TempFolder();
        var big = dir.Write("big.txt", new string('a', 2000));
        var item = Assert.Single(Read(new InputOptions { MaxBytes = 1000 }, big));
        Assert.Contains("larger than the limit of 1,000 bytes", item.Error!.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void GzipBombIsCutAtTheLimit()
    {
        using var dir = new TempFolder();
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.SmallestSize, leaveOpen: true)) gz.Write(new byte[5_000_000]);
        var path = dir.Write("bomb.txt.gz", ms.ToArray());
        var item = Assert.Single(Read(new InputOptions { MaxBytes = 100_000 }, path));
        Assert.Contains("larger than the limit", item.Error!.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void UndecodableBytesAreAnError()
    {
        using var dir = new TempFolder();
        var path = dir.Write("bad.txt", [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00]);
        var item = Assert.Single(Read(new InputOptions(), path));
        Assert.Contains("undecodable bytes", item.Error!.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidJsonLineNamesFileAndLineAndOtherLinesGoOn()
    {
        using var dir = new TempFolder();
        var path = dir.Write("docs.jsonl", """
            {"id": "a", "text": "Iran recalled its ambassador.", "published": "2020-01-02"}
            {"id": "b", "text": "unterminated
            {"id": "c", "html": "<p>Chad closed its border.</p>", "url": "https://example.org/c"}
            {"id": "d"}
            """);
        var items = Read(new InputOptions(), path);
        Assert.Equal(4, items.Count);
        Assert.Equal("a", items[0].Document!.Id);
        Assert.Equal(new PartialDate(2020, 1, 2), items[0].Document!.Published);
        Assert.Equal($"{path}:2", items[1].Error!.Origin);
        Assert.Contains("invalid JSON", items[1].Error!.Problem, StringComparison.Ordinal);
        Assert.Equal(InputFormat.ArticleText, items[0].Document!.Format);
        Assert.Equal(InputFormat.Html, items[2].Document!.Format);
        Assert.Equal("https://example.org/c", items[2].Document!.Url);
        Assert.Contains("neither \"text\" nor \"html\"", items[3].Error!.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void FoldersAreReadRecursivelyInOrderWithGlobs()
    {
        using var dir = new TempFolder();
        dir.Write("b/two.txt", "two");
        dir.Write("a/one.html", "<p>one</p>");
        dir.Write("a/skip.log", "log");
        dir.Write("c/three.txt.gz", Gzip("three"));
        var items = Read(new InputOptions { Include = ["**/*.txt", "**/*.html", "**/*.gz"], Exclude = ["b/**"] }, dir.Path);
        Assert.Equal(["one.html", "three.txt.gz"], items.Select(i => i.Document!.Id));
        Assert.Equal(InputFormat.Html, items[0].Document!.Format);
        Assert.Equal("three", items[1].Document!.Content);
    }

    [Fact]
    public void StandardInputAndForcedFormat()
    {
        var reader = new DocumentReader(new InputOptions { Format = InputFormat.Html, Published = new PartialDate(2021, 10, 7) },
            () => new MemoryStream(Encoding.UTF8.GetBytes("<p>hi</p>")));
        var doc = Assert.Single(reader.Read(["-"])).Document!;
        Assert.Equal("stdin", doc.Id);
        Assert.Equal(InputFormat.Html, doc.Format);
        Assert.Equal(new PartialDate(2021, 10, 7), doc.Published);
    }

    private static byte[] Gzip(string text)
    {
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionMode.Compress)) gz.Write(Encoding.UTF8.GetBytes(text));
        return ms.ToArray();
    }
}
