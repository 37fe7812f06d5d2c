using Dyad.Text.Learning;
using Dyad.Text.Models;

namespace Dyad.Text.Tests;

public class WeightMatrixTests
{
    [Fact]
    public void AModelReadFromAFileScoresLikeItsFloatsThroughSixteenBitWeights()
    {
        var random = new Random(7);
        const int classes = 13;
        var floats = new WeightMatrix(10, classes);
        for (long row = 0; row < 1 << 10; row++)
            for (int c = 0; c < classes; c++)
                floats.Weights[row * floats.RowStride + c] = (float)(random.NextDouble() * 8 - 4);
        using var file = new MemoryStream();
        ModelFormat.WriteWeights(new BinaryWriter(file), floats);
        file.Position = 0;
        var read = ModelFormat.ReadWeights(new BinaryReader(file));
        Assert.True(read.IsQuantized);
        ulong[] features = [.. Enumerable.Range(0, 95).Select(_ => (ulong)random.NextInt64())];
        var expected = new float[WeightMatrix.Stride(classes)];
        var actual = new float[WeightMatrix.Stride(classes)];
        floats.Score(features, expected);
        read.Score(features, actual);
        // Each weight is rounded twice (to a half float in the file, then to a multiple of the scale): 95 of them stay well inside 0.1.
        for (int c = 0; c < classes; c++)
            Assert.InRange(actual[c], expected[c] - 0.1f, expected[c] + 0.1f);
        Assert.Equal(floats.Weights[5 * floats.RowStride + 3], read.ToFloats()[5 * floats.RowStride + 3], 0.01f);
    }
}
