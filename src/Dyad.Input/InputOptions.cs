using Dyad.Core.Documents;
using Dyad.Core.Time;

namespace Dyad.Input;

/// <summary>How inputs are found and read.</summary>
public sealed record InputOptions
{
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    /// <summary>Largest input accepted, counted after gzip decompression.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>Forces a format instead of guessing it from the extension.</summary>
    public InputFormat? Format { get; init; }

    /// <summary>Globs a file in a folder must match (relative to that folder); empty means all files.</summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Publication date for documents that carry none.</summary>
    public PartialDate? Published { get; init; }
}
