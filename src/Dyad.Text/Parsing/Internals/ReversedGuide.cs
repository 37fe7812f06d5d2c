namespace Dyad.Text.Parsing.Internals;

/// <summary>
/// Runs a parser trained on sentences read from right to left and hands its tree to the main parser as a guide
/// (<see cref="ParserInput.SetGuide"/>): the two directions make different mistakes, and the guide tells the
/// left-to-right parser what lies ahead. Holds scratch buffers, so one per thread.
/// </summary>
internal sealed class ReversedGuide(DependencyParser parser)
{
    private readonly BeamSearch _search = parser.CreateSearch();
    private readonly ParserInput _reversed = new();
    private int[] _heads = new int[128];
    private int[] _labels = new int[128];
    private int[] _guideHeads = new int[128];
    private int[] _guideLabels = new int[128];
    private bool[] _punct = new bool[128];

    public DependencyParser Parser { get; } = parser;

    /// <summary>Parses <paramref name="input"/> right to left and sets the result as its guide; <paramref name="isPunct"/> is indexed like the state.</summary>
    public void Guide(ParserInput input, ReadOnlySpan<bool> isPunct)
    {
        int n = input.Count;
        if (_heads.Length < n + 1)
        {
            int size = n * 2 + 1;
            _heads = new int[size];
            _labels = new int[size];
            _guideHeads = new int[size];
            _guideLabels = new int[size];
            _punct = new bool[size];
        }
        _reversed.SetReversed(input);
        for (int i = 1; i <= n; i++)
        {
            _punct[n + 1 - i] = isPunct[i];
        }
        Parser.Parse(_search, _reversed, _heads, _labels, _punct);
        for (int j = 1; j <= n; j++)
        {
            int i = n + 1 - j;
            _guideHeads[i] = _heads[j] == 0 ? 0 : n + 1 - _heads[j];
            _guideLabels[i] = _labels[j];
        }
        input.SetGuide(_guideHeads, _guideLabels);
    }
}
