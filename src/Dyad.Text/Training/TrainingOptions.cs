namespace Dyad.Text.Training;

/// <summary>Hyper-parameters of <see cref="ParserTrainer"/>; the defaults produce the shipped model.</summary>
public sealed record TrainingOptions
{
    public int TaggerEpochs { get; init; } = 10;

    public int ParserEpochs { get; init; } = 20;

    /// <summary>log2 of the tagger's hashed feature rows.</summary>
    public int TaggerRowBits { get; init; } = 18;

    /// <summary>log2 of the parser's hashed feature rows; memory is rows × actions × 4 bytes (×3 while training).</summary>
    public int ParserRowBits { get; init; } = 19;

    /// <summary>
    /// Folds for jackknifed training tags and guide trees: the parsers learn from tags (and the parser from guide
    /// trees) predicted by models that never saw the sentence, so they are trained on the kind of errors they meet at
    /// run time. 1 uses gold tags and the guide's own trees.
    /// </summary>
    public int JackknifeFolds { get; init; } = 5;

    /// <summary>
    /// Beam width of the parser. 1 trains greedily with the dynamic oracle and exploration; wider beams
    /// train a structured perceptron with early update and decode with the same width (slower, more accurate).
    /// </summary>
    public int BeamWidth { get; init; } = 4;

    /// <summary>
    /// Whether a greedy parser of sentences read right to left is trained to guide the main parser (stacking): its
    /// tree becomes features of the main parser, jackknifed in training as the tags are.
    /// </summary>
    public bool Guide { get; init; } = true;

    /// <summary>
    /// The share of training sentences the parser reads without its guide, drawn again each epoch. The guide is trained
    /// on the same web text as the parser and errs more on news; a parser that always had it learns to follow it too far
    /// (at 0, EWT dev LAS is highest but event coding on the PLOVER dev sentences falls by six points).
    /// </summary>
    public double GuideDropout { get; init; } = 0.6;

    /// <summary>log2 of the guide parser's hashed feature rows.</summary>
    public int GuideRowBits { get; init; } = 18;

    /// <summary>Epochs of the guide parser (greedy, dynamic oracle); its best dev epoch is kept.</summary>
    public int GuideEpochs { get; init; } = 10;

    /// <summary>After the first epoch, the parser follows its own (possibly wrong) prediction this often, guided by the dynamic oracle.</summary>
    public double Exploration { get; init; } = 0.9;

    /// <summary>Averaged weights smaller than this are dropped from the saved model.</summary>
    public float PruneBelow { get; init; } = 0.01f;

    public int Seed { get; init; } = 1;

    /// <summary>
    /// The word-cluster file (data/lexicon/word-clusters.tsv) whose clusters become tagger and parser
    /// features and travel inside the model; null trains without clusters.
    /// </summary>
    public string? ClustersPath { get; init; }
}
