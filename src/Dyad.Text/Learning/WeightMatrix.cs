using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Dyad.Text.Learning;

/// <summary>
/// Linear model over hashed features: a feature hash picks a row, the row holds one weight per class.
/// Rows are contiguous and padded to the SIMD width so scoring is a handful of vector adds per feature.
/// Training works on floats; a model read from a file is quantized to 16-bit integers with one scale for
/// the whole table (w ≈ q · scale, scale = max |w| / 32767), which halves the memory every feature's row is
/// fetched from. Sums stay exact in 32-bit integers, so the only difference is each weight's rounding.
/// </summary>
internal sealed class WeightMatrix
{
    private readonly float[]? _floats;
    private readonly short[]? _quantized;

    public WeightMatrix(int rowBits, int classes) : this(rowBits, classes, new float[(1L << rowBits) * Stride(classes)])
    {
    }

    public WeightMatrix(int rowBits, int classes, float[] weights)
    {
        if (rowBits is < 8 or > 26)
        {
            throw new ArgumentOutOfRangeException(nameof(rowBits));
        }
        RowBits = rowBits;
        Classes = classes;
        RowStride = Stride(classes);
        if (weights.LongLength != (1L << rowBits) * RowStride)
        {
            throw new ArgumentException("Weight array does not match the matrix shape.", nameof(weights));
        }
        _floats = weights;
    }

    /// <summary>A quantized matrix (weight = q · scale), rows laid out with <see cref="QuantizedStride"/>.</summary>
    public WeightMatrix(int rowBits, int classes, short[] quantized, float scale)
    {
        if (quantized.LongLength != (1L << rowBits) * QuantizedStride(classes))
        {
            throw new ArgumentException("Weight array does not match the matrix shape.", nameof(quantized));
        }
        RowBits = rowBits;
        Classes = classes;
        RowStride = QuantizedStride(classes);
        _quantized = quantized;
        Scale = scale;
    }

    public int RowBits { get; }

    public int Classes { get; }

    /// <summary>Entries per row: the classes padded to the SIMD width of the stored type.</summary>
    public int RowStride { get; }

    public bool IsQuantized => _quantized is not null;

    /// <summary>What one unit of a quantized weight is worth.</summary>
    public float Scale { get; }

    /// <summary>The float weights, for training and saving; a quantized matrix has none.</summary>
    public float[] Weights => _floats ?? throw new InvalidOperationException("A quantized weight matrix has no float weights; use ToFloats.");

    public static int Stride(int classes) => (classes + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;

    public static int QuantizedStride(int classes) => (classes + Vector<short>.Count - 1) / Vector<short>.Count * Vector<short>.Count;

    /// <summary>Row offset of a feature; the high bits are used because the mixer makes them the best spread.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int RowOffset(ulong feature) => (int)(feature >> (64 - RowBits)) * RowStride;

    /// <summary>The weights as floats in the unquantized layout (for saving).</summary>
    public float[] ToFloats()
    {
        if (_floats is not null)
        {
            return _floats;
        }
        long rows = 1L << RowBits;
        int from = RowStride, to = Stride(Classes);
        var w = new float[rows * to];
        for (long r = 0; r < rows; r++)
        {
            for (int c = 0; c < Classes; c++)
            {
                w[r * to + c] = _quantized![r * from + c] * Scale;
            }
        }
        return w;
    }

    /// <summary>Scores every class: scores[c] = sum over features of W[row(feature), c].</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Span<int> rows = stackalloc int[features.Length];
        if (_quantized is not null)
        {
            Fetch(ref MemoryMarshal.GetArrayDataReference(_quantized), features, rows);
            ScoreQuantized(rows, scores);
        }
        else
        {
            Fetch(ref MemoryMarshal.GetArrayDataReference(_floats!), features, rows);
            ScoreFloats(rows, scores);
        }
    }

    /// <summary>
    /// The table is far larger than the caches, so scoring waits on memory: request every row first
    /// so the loads overlap, then add them up. A prefetch never faults, so an unpinned address is harmless.
    /// </summary>
    private unsafe void Fetch<T>(ref T first, ReadOnlySpan<ulong> features, Span<int> rows) where T : unmanaged
    {
        for (int k = 0; k < features.Length; k++)
        {
            rows[k] = RowOffset(features[k]);
            if (Sse.IsSupported)
            {
                // A row need not start on a cache line, so it may touch one line more than its length suggests.
                byte* row = (byte*)Unsafe.AsPointer(ref Unsafe.Add(ref first, rows[k]));
                byte* end = row + RowStride * sizeof(T);
                for (byte* line = (byte*)((nuint)row & ~(nuint)63); line < end; line += 64)
                {
                    Sse.Prefetch0(line);
                }
            }
        }
    }

    private void ScoreFloats(ReadOnlySpan<int> rows, Span<float> scores)
    {
        Span<float> acc = scores[..RowStride];
        acc.Clear();
        ref float w0 = ref MemoryMarshal.GetArrayDataReference(_floats!);
        var accVectors = MemoryMarshal.Cast<float, Vector<float>>(acc);
        foreach (int offset in rows)
        {
            var rowVectors = MemoryMarshal.Cast<float, Vector<float>>(MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref w0, offset), RowStride));
            for (int v = 0; v < accVectors.Length; v++)
            {
                accVectors[v] += rowVectors[v];
            }
        }
    }

    private void ScoreQuantized(ReadOnlySpan<int> rows, Span<float> scores)
    {
        Span<int> acc = stackalloc int[RowStride];
        acc.Clear();
        ref short q0 = ref MemoryMarshal.GetArrayDataReference(_quantized!);
        var accVectors = MemoryMarshal.Cast<int, Vector<int>>(acc);
        foreach (int offset in rows)
        {
            var rowVectors = MemoryMarshal.Cast<short, Vector<short>>(MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref q0, offset), RowStride));
            for (int v = 0; v < rowVectors.Length; v++)
            {
                Vector.Widen(rowVectors[v], out Vector<int> low, out Vector<int> high);
                accVectors[2 * v] += low;
                accVectors[2 * v + 1] += high;
            }
        }
        for (int c = 0; c < Classes; c++)
        {
            scores[c] = acc[c] * Scale;
        }
    }
}
