using System.IO.Compression;
using Dyad.Core.Documents;

namespace Dyad.Input;

/// <summary>
/// Reads inputs into documents, lazily and in order. Each problem (missing file, binary content,
/// too large, undecodable, a bad JSONL line) becomes an error item naming the file and line; the
/// other inputs are still read.
/// </summary>
public sealed class DocumentReader(InputOptions options, Func<Stream>? stdin = null)
{
    private readonly Func<Stream> _stdin = stdin ?? Console.OpenStandardInput;

    public IEnumerable<InputItem> Read(IEnumerable<string> paths)
    {
        foreach (var path in InputFiles.Expand(paths, options))
            foreach (var item in ReadOne(path))
                yield return item;
    }

    private IEnumerable<InputItem> ReadOne(string path)
    {
        bool isStdin = path == InputFiles.StandardInput;
        var format = options.Format ?? (isStdin ? InputFormat.Text : FormatDetector.FromPath(path));
        string text;
        try
        {
            var bytes = ReadBytes(path, isStdin);
            text = TextDecoder.Decode(bytes, sniffHtmlCharset: format == InputFormat.Html);
        }
        catch (InputError e)
        {
            return [new InputItem(null, e)];
        }
        catch (DecodeException e)
        {
            return [InputItem.Fail(path, e.Message)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return [InputItem.Fail(path, Describe(e))];
        }

        var id = isStdin ? "stdin" : Path.GetFileName(path);
        return format == InputFormat.JsonLines
            ? JsonLinesRecords.Parse(text, path, options.Published)
            : [InputItem.Of(new SourceDocument { Id = id, Origin = path, Format = format, Content = text, Published = options.Published })];
    }

    private byte[] ReadBytes(string path, bool isStdin)
    {
        if (!isStdin)
        {
            if (!File.Exists(path)) throw new InputError(path, "no such file");
            if (!FormatDetector.IsGzip(path) && new FileInfo(path).Length > options.MaxBytes) throw TooLarge(path);
        }
        using var raw = isStdin ? _stdin() : File.OpenRead(path);
        using var stream = !isStdin && FormatDetector.IsGzip(path) ? new GZipStream(raw, CompressionMode.Decompress) : raw;
        return ReadCapped(stream, path);
    }

    /// <summary>Reads at most MaxBytes, so a gzip bomb or an endless pipe cannot exhaust memory.</summary>
    private byte[] ReadCapped(Stream stream, string path)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > options.MaxBytes) throw TooLarge(path);
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    private InputError TooLarge(string path) =>
        new(path, $"larger than the limit of {options.MaxBytes:N0} bytes (raise it with --max-bytes)");

    private static string Describe(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        InvalidDataException => "not valid gzip data",
        _ => e.Message,
    };
}
