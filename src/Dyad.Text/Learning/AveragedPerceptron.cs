namespace Dyad.Text.Learning;

/// <summary>
/// Training side of a <see cref="WeightMatrix"/>: perceptron updates with weight averaging.
/// Averaging uses the Daumé trick (keep w and u = Σ step·Δ; average = w − u/step) so an update costs
/// O(features) instead of touching every weight.
/// </summary>
internal sealed class AveragedPerceptron
{
    private readonly double[] _stepWeighted;
    private long _step = 1;

    public AveragedPerceptron(int rowBits, int classes)
    {
        Current = new WeightMatrix(rowBits, classes);
        _stepWeighted = new double[Current.Weights.Length];
    }

    /// <summary>The live (non-averaged) weights used for prediction during training.</summary>
    public WeightMatrix Current { get; }

    /// <summary>Counts one training example; averaging weighs weights by the examples they survived.</summary>
    public void Tick() => _step++;

    /// <summary>Rewards <paramref name="truth"/> and penalises <paramref name="guess"/> on the given features.</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess, float amount = 1f)
    {
        if (truth == guess)
        {
            return;
        }
        float[] w = Current.Weights;
        foreach (ulong f in features)
        {
            int row = Current.RowOffset(f);
            w[row + truth] += amount;
            _stepWeighted[row + truth] += _step * (double)amount;
            w[row + guess] -= amount;
            _stepWeighted[row + guess] -= _step * (double)amount;
        }
    }

    /// <summary>Adds <paramref name="amount"/> to class <paramref name="cls"/> on the given features (one side of a structured update).</summary>
    public void Add(ReadOnlySpan<ulong> features, int cls, float amount)
    {
        float[] w = Current.Weights;
        foreach (ulong f in features)
        {
            int i = Current.RowOffset(f) + cls;
            w[i] += amount;
            _stepWeighted[i] += _step * (double)amount;
        }
    }

    /// <summary>Averaged weights, with magnitudes below <paramref name="prune"/> zeroed (they only add noise and size).</summary>
    public WeightMatrix Averaged(float prune = 0f)
    {
        float[] w = Current.Weights;
        var avg = new float[w.Length];
        double step = _step;
        Parallel.For(0, Environment.ProcessorCount, part =>
        {
            int chunk = (w.Length + Environment.ProcessorCount - 1) / Environment.ProcessorCount;
            int end = Math.Min(w.Length, (part + 1) * chunk);
            for (int i = part * chunk; i < end; i++)
            {
                float a = (float)(w[i] - _stepWeighted[i] / step);
                avg[i] = Math.Abs(a) < prune ? 0f : a;
            }
        });
        return new WeightMatrix(Current.RowBits, Current.Classes, avg);
    }
}
