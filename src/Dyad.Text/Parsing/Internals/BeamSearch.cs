using Dyad.Text.Learning;

namespace Dyad.Text.Parsing.Internals;

/// <summary>
/// Beam search over arc-eager transitions (Zhang &amp; Clark 2008; Zhang &amp; Nivre 2011): the k best partial
/// parses by summed action scores are kept at each step, so an early attachment that looks good locally
/// can be overturned later. Width 1 is plain greedy parsing, done in place without copying states.
/// Training uses the structured perceptron with max-violation update (Huang et al. 2012): the gold parse is
/// followed alongside the beam, and the update is made where the best beam prefix outscores the gold prefix
/// by the most, which converges faster than updating where gold first falls off the beam.
/// </summary>
internal sealed class BeamSearch
{
    private readonly ArcEager _system;
    private readonly int _width;
    private ParserState[] _beam;
    private ParserState[] _next;
    private float[] _score;
    private float[] _nextScore;
    private Path?[] _path;
    private Path?[] _nextPath;
    private bool[] _gold;
    private bool[] _nextGold;
    private readonly ParserState _goldState = new();
    private readonly Candidate[] _top;
    private readonly ulong[] _features = new ulong[ParserFeatures.Max];
    private readonly float[] _scores;
    private readonly bool[] _valid;
    private readonly int[] _costs;
    private int _size;
    private int _sizeNext;

    public BeamSearch(ArcEager system, int width)
    {
        _system = system;
        _width = width;
        _beam = NewStates(width);
        _next = NewStates(width);
        _score = new float[width];
        _nextScore = new float[width];
        _path = new Path?[width];
        _nextPath = new Path?[width];
        _gold = new bool[width];
        _nextGold = new bool[width];
        _top = new Candidate[width];
        _scores = new float[WeightMatrix.Stride(system.ActionCount)];
        _valid = new bool[system.ActionCount];
        _costs = new int[system.ActionCount];
    }

    /// <summary>Parses and returns the best final state (owned by this object, valid until the next call).</summary>
    public ParserState Decode(WeightMatrix weights, ParserInput input)
    {
        Start(input.Count, input.ForcedRoot);
        while (Expand(weights, input) > 0)
        {
            Advance(training: false, goldAction: -1);
        }
        return _beam[0];
    }

    /// <summary>
    /// One structured-perceptron training pass over a sentence with a projective gold tree. The gold parse is
    /// the sequence of best-scoring zero-cost actions under the dynamic oracle, so ties between equally
    /// correct derivations go to the one the model already prefers.
    /// </summary>
    public void Train(AveragedPerceptron perceptron, ParserInput input, int[] goldHeads, int[] goldLabels)
    {
        Start(input.Count);
        _path[0] = null;
        _gold[0] = true;
        var gold = _goldState;
        gold.Reset(input.Count);
        Path? goldPath = null;
        float goldScore = 0;
        Path? violatingGold = null;
        Path? violatingBest = null;
        float maxViolation = 0;
        while (true)
        {
            int live = Expand(perceptron.Current, input);
            int goldAction = -1;
            if (!gold.IsTerminal)
            {
                int n = ParserFeatures.Extract(gold, input, _features);
                perceptron.Current.Score(_features.AsSpan(0, n), _scores);
                _system.Valid(gold, _valid);
                _system.Costs(gold, goldHeads, goldLabels, _costs);
                goldAction = BestZeroCost();
                goldScore += _scores[goldAction];
                _system.Apply(gold, goldAction);
                goldPath = Extend(goldPath, goldAction);
            }
            else if (live == 0)
            {
                break;
            }
            if (live > 0)
            {
                Advance(training: true, goldAction);
            }
            // Ties count: with all-zero initial weights every score ties, and a wrong best must still be corrected.
            float violation = _score[0] - goldScore;
            if (!_gold[0] && violation >= maxViolation)
            {
                maxViolation = violation;
                violatingGold = goldPath;
                violatingBest = _path[0];
            }
        }
        if (violatingBest is not null)
        {
            Update(perceptron, input, violatingGold, violatingBest);
        }
    }

    private void Start(int n, int forcedRoot = 0)
    {
        _beam[0].Reset(n, forcedRoot);
        _score[0] = 0;
        _size = 1;
    }

    /// <summary>
    /// Scores every action of every live item and keeps the best <c>width</c> candidates in <see cref="_top"/>
    /// (finished items compete with their unchanged score). Returns the number of live items expanded.
    /// </summary>
    private int Expand(WeightMatrix weights, ParserInput input)
    {
        int live = 0;
        int count = 0;
        for (int i = 0; i < _size; i++)
        {
            var state = _beam[i];
            if (state.IsTerminal)
            {
                Offer(ref count, new Candidate(i, -1, _score[i]));
                continue;
            }
            live++;
            int n = ParserFeatures.Extract(state, input, _features);
            weights.Score(_features.AsSpan(0, n), _scores);
            _system.Valid(state, _valid);
            for (int a = 0; a < _valid.Length; a++)
            {
                if (_valid[a])
                {
                    Offer(ref count, new Candidate(i, a, _score[i] + _scores[a]));
                }
            }
        }
        _sizeNext = count;
        return live;
    }

    /// <summary>Inserts a candidate into the sorted top-k list.</summary>
    private void Offer(ref int count, Candidate c)
    {
        if (count == _width && c.Score <= _top[count - 1].Score)
        {
            return;
        }
        int pos = count < _width ? count++ : count - 1;
        while (pos > 0 && _top[pos - 1].Score < c.Score)
        {
            _top[pos] = _top[pos - 1];
            pos--;
        }
        _top[pos] = c;
    }

    /// <summary>Moves to the selected candidates; when training, tracks paths and which item (if any) is the gold derivation.</summary>
    private void Advance(bool training, int goldAction)
    {
        if (_width == 1)
        {
            var c = _top[0];
            if (c.Action >= 0)
            {
                _system.Apply(_beam[0], c.Action);
            }
            if (training)
            {
                _path[0] = Extend(_path[0], c.Action);
                _gold[0] = _gold[0] && c.Action == goldAction;
            }
            _score[0] = c.Score;
            return;
        }
        for (int j = 0; j < _sizeNext; j++)
        {
            var c = _top[j];
            _next[j].CopyFrom(_beam[c.Item]);
            if (c.Action >= 0)
            {
                _system.Apply(_next[j], c.Action);
            }
            _nextScore[j] = c.Score;
            if (training)
            {
                _nextPath[j] = Extend(_path[c.Item], c.Action);
                _nextGold[j] = _gold[c.Item] && c.Action == goldAction;
            }
        }
        (_beam, _next) = (_next, _beam);
        (_score, _nextScore) = (_nextScore, _score);
        (_path, _nextPath) = (_nextPath, _path);
        (_gold, _nextGold) = (_nextGold, _gold);
        _size = _sizeNext;
    }

    private int BestZeroCost()
    {
        int best = -1;
        int min = int.MaxValue;
        for (int a = 0; a < _valid.Length; a++)
        {
            if (_valid[a] && (_costs[a] < min || _costs[a] == min && _scores[a] > _scores[best]))
            {
                min = _costs[a];
                best = a;
            }
        }
        return best;
    }

    /// <summary>Rewards the gold action sequence and penalises the predicted one, from where they diverge.</summary>
    private void Update(AveragedPerceptron perceptron, ParserInput input, Path? gold, Path? predicted)
    {
        var g = Actions(gold);
        var p = Actions(predicted);
        int common = 0;
        while (common < g.Count && common < p.Count && g[common] == p[common])
        {
            common++;
        }
        Replay(perceptron, input, g, common, +1f);
        Replay(perceptron, input, p, common, -1f);
    }

    private void Replay(AveragedPerceptron perceptron, ParserInput input, List<int> actions, int from, float amount)
    {
        var state = _next[0];
        state.Reset(input.Count);
        for (int t = 0; t < actions.Count; t++)
        {
            if (t >= from)
            {
                int n = ParserFeatures.Extract(state, input, _features);
                perceptron.Add(_features.AsSpan(0, n), actions[t], amount);
            }
            _system.Apply(state, actions[t]);
        }
    }

    private static List<int> Actions(Path? path)
    {
        var actions = new List<int>();
        for (var p = path; p is not null; p = p.Parent)
        {
            actions.Add(p.Action);
        }
        actions.Reverse();
        return actions;
    }

    /// <summary>Appends an action; "no action" (a finished item carried over) leaves the path unchanged.</summary>
    private static Path? Extend(Path? path, int action) => action >= 0 ? new Path(action, path) : path;

    private static ParserState[] NewStates(int width)
    {
        var states = new ParserState[width];
        for (int i = 0; i < width; i++)
        {
            states[i] = new ParserState();
        }
        return states;
    }

    private readonly record struct Candidate(int Item, int Action, float Score);

    /// <summary>Action history as a shared-tail list, so beam items branching from one parent share it.</summary>
    private sealed record Path(int Action, Path? Parent);
}
