using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Dyad.Text.Learning;

/// <summary>
/// Linear model over hashed features: a feature hash picks a row, the row holds one weight per class.
/// Rows are contiguous and padded to the SIMD width so scoring is a handful of vector adds per feature.
/// </summary>
internal sealed class WeightMatrix
{
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
        Weights = weights;
    }

    public int RowBits { get; }

    public int Classes { get; }

    public int RowStride { get; }

    public float[] Weights { get; }

    public static int Stride(int classes) => (classes + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;

    /// <summary>Row offset of a feature; the high bits are used because the mixer makes them the best spread.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int RowOffset(ulong feature) => (int)(feature >> (64 - RowBits)) * RowStride;

    /// <summary>Scores every class: scores[c] = sum over features of W[row(feature), c].</summary>
    public unsafe void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Span<float> acc = scores[..RowStride];
        acc.Clear();
        ref float w0 = ref MemoryMarshal.GetArrayDataReference(Weights);
        Span<int> rows = stackalloc int[features.Length];
        // The table is far larger than the caches, so scoring waits on memory: request every row first
        // so the loads overlap, then add them up. A prefetch never faults, so an unpinned address is harmless.
        for (int k = 0; k < features.Length; k++)
        {
            rows[k] = RowOffset(features[k]);
            if (Sse.IsSupported)
            {
                byte* row = (byte*)Unsafe.AsPointer(ref Unsafe.Add(ref w0, rows[k]));
                for (int line = 0; line < RowStride * sizeof(float); line += 64)
                {
                    Sse.Prefetch0(row + line);
                }
            }
        }
        var accVectors = MemoryMarshal.Cast<float, Vector<float>>(acc);
        foreach (int offset in rows)
        {
            var row = MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref w0, offset), RowStride);
            var rowVectors = MemoryMarshal.Cast<float, Vector<float>>(row);
            for (int v = 0; v < accVectors.Length; v++)
            {
                accVectors[v] += rowVectors[v];
            }
        }
    }
}
