using Dyad.Text.Learning;

namespace Dyad.Text.Parsing.Internals;

/// <summary>
/// Zhang &amp; Nivre (2011) rich non-local feature templates for arc-eager, plus word clusters: words and tags of the stack
/// top (S0), second (S1), buffer front (N0..N2), heads and outermost dependents, distance, valency and
/// label sets, in unigram, pair and triple combinations.
/// </summary>
internal static class ParserFeatures
{
    public const int Max = 100;

    private const ulong NoWord = 0x5EED_0000_0001UL;
    private const ulong NoTag = 1001;
    private const ulong NoLabel = 1002;

    /// <summary>Writes the features of state <paramref name="s"/> over sentence <paramref name="input"/> and returns their count.</summary>
    public static int Extract(ParserState s, ParserInput input, Span<ulong> f)
    {
        ulong[] words = input.Words, suffixes = input.Suffixes, clusters = input.Clusters, fine = input.FineClusters;
        int[] tags = input.Tags;
        int s0 = s.S0;
        int n0 = s.B0;
        int n1 = s.B(1);
        int n2 = s.B(2);
        int s1 = s.S1;
        int s0h = s0 > 0 ? s.Heads[s0] : -1;
        int s0h2 = s0h > 0 ? s.Heads[s0h] : -1;
        int s0l = s.Left1[s0], s0l2 = s.Left2[s0], s0r = s.Right1[s0], s0r2 = s.Right2[s0];
        int n0l = n0 >= 0 ? s.Left1[n0] : -1;
        int n0l2 = n0 >= 0 ? s.Left2[n0] : -1;

        ulong S0w = W(s0), S0p = P(s0), N0w = W(n0), N0p = P(n0), N1w = W(n1), N1p = P(n1), N2w = W(n2), N2p = P(n2);
        ulong S0wp = FeatureHash.Of(0, S0w, S0p), N0wp = FeatureHash.Of(0, N0w, N0p);
        ulong dist = n0 >= 0 ? (ulong)DistanceBucket(n0 - s0) : 99;
        int n = 0;

        // Single words.
        f[n++] = FeatureHash.Of(100, S0wp);
        f[n++] = FeatureHash.Of(101, S0w);
        f[n++] = FeatureHash.Of(102, S0p);
        f[n++] = FeatureHash.Of(103, N0wp);
        f[n++] = FeatureHash.Of(104, N0w);
        f[n++] = FeatureHash.Of(105, N0p);
        f[n++] = FeatureHash.Of(106, N1w, N1p);
        f[n++] = FeatureHash.Of(107, N1w);
        f[n++] = FeatureHash.Of(108, N1p);
        f[n++] = FeatureHash.Of(109, N2w, N2p);
        f[n++] = FeatureHash.Of(110, N2w);
        f[n++] = FeatureHash.Of(111, N2p);

        // Word pairs.
        f[n++] = FeatureHash.Of(120, S0wp, N0wp);
        f[n++] = FeatureHash.Of(121, S0wp, N0w);
        f[n++] = FeatureHash.Of(122, S0w, N0wp);
        f[n++] = FeatureHash.Of(123, S0wp, N0p);
        f[n++] = FeatureHash.Of(124, S0p, N0wp);
        f[n++] = FeatureHash.Of(125, S0w, N0w);
        f[n++] = FeatureHash.Of(126, S0p, N0p);
        f[n++] = FeatureHash.Of(127, N0p, N1p);

        // Three words.
        f[n++] = FeatureHash.Of(130, N0p, N1p, N2p);
        f[n++] = FeatureHash.Of(131, S0p, N0p, N1p);
        f[n++] = FeatureHash.Of(132, P(s0h), S0p, N0p);
        f[n++] = FeatureHash.Of(133, S0p, P(s0l), N0p);
        f[n++] = FeatureHash.Of(134, S0p, P(s0r), N0p);
        f[n++] = FeatureHash.Of(135, S0p, N0p, P(n0l));

        // Distance.
        f[n++] = FeatureHash.Of(140, S0w, dist);
        f[n++] = FeatureHash.Of(141, S0p, dist);
        f[n++] = FeatureHash.Of(142, N0w, dist);
        f[n++] = FeatureHash.Of(143, N0p, dist);
        f[n++] = FeatureHash.Of(144, S0w, N0w, dist);
        f[n++] = FeatureHash.Of(145, S0p, N0p, dist);

        // Valency.
        ulong s0vr = (ulong)s.RightCount[s0], s0vl = (ulong)s.LeftCount[s0];
        ulong n0vl = n0 >= 0 ? (ulong)s.LeftCount[n0] : 99;
        f[n++] = FeatureHash.Of(150, S0w, s0vr);
        f[n++] = FeatureHash.Of(151, S0p, s0vr);
        f[n++] = FeatureHash.Of(152, S0w, s0vl);
        f[n++] = FeatureHash.Of(153, S0p, s0vl);
        f[n++] = FeatureHash.Of(154, N0w, n0vl);
        f[n++] = FeatureHash.Of(155, N0p, n0vl);

        // Unigrams of heads and dependents.
        f[n++] = FeatureHash.Of(160, W(s0h));
        f[n++] = FeatureHash.Of(161, P(s0h));
        f[n++] = FeatureHash.Of(162, L(s0));
        f[n++] = FeatureHash.Of(163, W(s0l));
        f[n++] = FeatureHash.Of(164, P(s0l));
        f[n++] = FeatureHash.Of(165, L(s0l));
        f[n++] = FeatureHash.Of(166, W(s0r));
        f[n++] = FeatureHash.Of(167, P(s0r));
        f[n++] = FeatureHash.Of(168, L(s0r));
        f[n++] = FeatureHash.Of(169, W(n0l));
        f[n++] = FeatureHash.Of(170, P(n0l));
        f[n++] = FeatureHash.Of(171, L(n0l));

        // Third order.
        f[n++] = FeatureHash.Of(180, W(s0h2));
        f[n++] = FeatureHash.Of(181, P(s0h2));
        f[n++] = FeatureHash.Of(182, L(s0h));
        f[n++] = FeatureHash.Of(183, W(s0l2));
        f[n++] = FeatureHash.Of(184, P(s0l2));
        f[n++] = FeatureHash.Of(185, L(s0l2));
        f[n++] = FeatureHash.Of(186, W(s0r2));
        f[n++] = FeatureHash.Of(187, P(s0r2));
        f[n++] = FeatureHash.Of(188, L(s0r2));
        f[n++] = FeatureHash.Of(189, W(n0l2));
        f[n++] = FeatureHash.Of(190, P(n0l2));
        f[n++] = FeatureHash.Of(191, L(n0l2));
        f[n++] = FeatureHash.Of(192, S0p, P(s0l), P(s0l2));
        f[n++] = FeatureHash.Of(193, S0p, P(s0r), P(s0r2));
        f[n++] = FeatureHash.Of(194, S0p, P(s0h), P(s0h2));
        f[n++] = FeatureHash.Of(195, N0p, P(n0l), P(n0l2));

        // Label sets.
        ulong s0sr = s.RightLabels[s0], s0sl = s.LeftLabels[s0];
        ulong n0sl = n0 >= 0 ? s.LeftLabels[n0] : 99;
        f[n++] = FeatureHash.Of(200, S0w, s0sr);
        f[n++] = FeatureHash.Of(201, S0p, s0sr);
        f[n++] = FeatureHash.Of(202, S0w, s0sl);
        f[n++] = FeatureHash.Of(203, S0p, s0sl);
        f[n++] = FeatureHash.Of(204, N0w, n0sl);
        f[n++] = FeatureHash.Of(205, N0p, n0sl);

        // Beyond Zhang & Nivre: the second stack word, whether S0 already has a head (decides REDUCE
        // versus LEFT-ARC), and lexicalised pairs with the outermost dependents.
        ulong s0Headed = s0 > 0 && s0h >= 0 ? 1UL : 0UL;
        f[n++] = FeatureHash.Of(210, W(s1), P(s1));
        f[n++] = FeatureHash.Of(211, P(s1), S0p, N0p);
        f[n++] = FeatureHash.Of(212, s0Headed, S0p, N0p);
        f[n++] = FeatureHash.Of(213, s0Headed, S0w, N0w);
        f[n++] = FeatureHash.Of(214, S0p, L(s0l), L(s0r));
        f[n++] = FeatureHash.Of(215, N0w, P(n0l), L(n0l));
        f[n++] = FeatureHash.Of(216, S0w, P(s0r), N0p);
        f[n++] = FeatureHash.Of(217, S0p, N0p, N1w);
        f[n++] = FeatureHash.Of(218, s0Headed, L(s0), N0p);
        f[n++] = FeatureHash.Of(219, P(s1), S0w, N0w);

        // Suffixes generalise over words unseen in training (-tion, -ed, -ly).
        f[n++] = FeatureHash.Of(220, X(s0), S0p);
        f[n++] = FeatureHash.Of(221, X(n0), N0p);
        f[n++] = FeatureHash.Of(222, X(s0), X(n0));
        f[n++] = FeatureHash.Of(223, X(n1), N1p);

        // Word clusters (Koo et al. 2008): what the word is like, for words the treebank barely has.
        ulong S0c = C(s0), N0c = C(n0);
        f[n++] = FeatureHash.Of(230, F(s0), S0p);
        f[n++] = FeatureHash.Of(231, F(n0), N0p);
        f[n++] = FeatureHash.Of(232, S0c, N0c);
        f[n++] = FeatureHash.Of(233, F(s0), F(n0));
        f[n++] = FeatureHash.Of(234, S0c, N0p, dist);
        f[n++] = FeatureHash.Of(235, S0p, N0c, dist);
        f[n++] = FeatureHash.Of(236, C(n1), N1p, N0c);
        f[n++] = FeatureHash.Of(237, C(s0h), S0c, N0p);
        f[n++] = FeatureHash.Of(238, S0c, C(s0r), N0c);
        return n;

        ulong W(int i) => i >= 0 ? words[i] : NoWord;
        ulong P(int i) => i >= 0 ? (ulong)tags[i] : NoTag;
        ulong X(int i) => i >= 0 ? suffixes[i] : NoWord;
        ulong C(int i) => i >= 0 ? clusters[i] : NoWord;
        ulong F(int i) => i >= 0 ? fine[i] : NoWord;
        ulong L(int i) => i > 0 && s.Labels[i] >= 0 ? (ulong)s.Labels[i] : NoLabel;
    }

    private static int DistanceBucket(int d) => d switch
    {
        <= 4 => d,
        <= 6 => 5,
        <= 10 => 6,
        _ => 7,
    };
}
