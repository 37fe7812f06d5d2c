using System.IO.Compression;
using Dyad.Text.Learning;

namespace Dyad.Text.Models;

/// <summary>
/// Binary layout of model files: a magic string and version, then Brotli-compressed sections.
/// Weights are stored as half floats split into byte planes (all high bytes, then all low bytes):
/// pruned weights are zero, and plane splitting lets the compressor see their long runs.
/// </summary>
internal static class ModelFormat
{
    public const string Magic = "DYADTEXT";
    public const int Version = 4;

    public static BinaryWriter OpenWrite(Stream stream)
    {
        var header = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        header.Write(Magic);
        header.Write(Version);
        header.Flush();
        return new BinaryWriter(new BrotliStream(stream, CompressionLevel.Optimal, leaveOpen: true), System.Text.Encoding.UTF8);
    }

    public static BinaryReader OpenRead(Stream stream)
    {
        var header = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (header.ReadString() != Magic)
        {
            throw new InvalidDataException("Not a Dyad text model.");
        }
        int version = header.ReadInt32();
        if (version != Version)
        {
            throw new InvalidDataException($"Model version {version} is not supported (expected {Version}).");
        }
        return new BinaryReader(new BufferedStream(new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true), 1 << 16), System.Text.Encoding.UTF8);
    }

    public static void WriteStrings(BinaryWriter w, IReadOnlyList<string> values)
    {
        w.Write(values.Count);
        foreach (string v in values)
        {
            w.Write(v);
        }
    }

    public static string[] ReadStrings(BinaryReader r)
    {
        var values = new string[r.ReadInt32()];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = string.Intern(r.ReadString());
        }
        return values;
    }

    public static void WriteWeights(BinaryWriter w, WeightMatrix m)
    {
        w.Write(m.RowBits);
        w.Write(m.Classes);
        float[] weights = m.ToFloats();
        var high = new byte[weights.Length];
        var low = new byte[weights.Length];
        for (int i = 0; i < weights.Length; i++)
        {
            ushort bits = BitConverter.HalfToUInt16Bits((Half)weights[i]);
            high[i] = (byte)(bits >> 8);
            low[i] = (byte)bits;
        }
        w.Write(high);
        w.Write(low);
    }

    /// <summary>Reads a weight table straight into 16-bit integers (see <see cref="WeightMatrix"/>), never holding it as floats.</summary>
    public static WeightMatrix ReadWeights(BinaryReader r)
    {
        int rowBits = r.ReadInt32();
        int classes = r.ReadInt32();
        if (rowBits is < 8 or > 26 || classes is < 1 or > 4096) throw new InvalidDataException($"weight table of 2^{rowBits} rows and {classes} classes is not one this model format writes");
        long rows = 1L << rowBits;
        int from = WeightMatrix.Stride(classes), to = WeightMatrix.QuantizedStride(classes);
        long length = rows * from;
        var high = new byte[length];
        var low = new byte[length];
        r.BaseStream.ReadExactly(high);
        r.BaseStream.ReadExactly(low);
        // Half floats order by magnitude as integers once the sign bit is cleared, and there are only 65,536
        // of them: the largest is found without converting any, and each is quantized through a table.
        int maxBits = 0;
        for (long i = 0; i < length; i++)
        {
            int bits = (high[i] & 0x7F) << 8 | low[i];
            if (bits < 0x7C00) maxBits = Math.Max(maxBits, bits); // infinities and NaNs (read as 0 below) set no scale
        }
        float max = (float)BitConverter.UInt16BitsToHalf((ushort)maxBits);
        float scale = max > 0 ? max / short.MaxValue : 1;
        var table = new short[1 << 16];
        for (int bits = 0; bits < table.Length; bits++)
        {
            float value = (float)BitConverter.UInt16BitsToHalf((ushort)bits);
            table[bits] = float.IsFinite(value) ? (short)Math.Clamp(MathF.Round(value / scale), -short.MaxValue, short.MaxValue) : (short)0;
        }
        var quantized = new short[rows * to];
        for (long row = 0; row < rows; row++)
        {
            for (int c = 0; c < classes; c++)
            {
                long i = row * from + c;
                quantized[row * to + c] = table[high[i] << 8 | low[i]];
            }
        }
        return new WeightMatrix(rowBits, classes, quantized, scale);
    }
}
