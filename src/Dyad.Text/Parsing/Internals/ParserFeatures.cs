using Dyad.Text.Learning;

namespace Dyad.Text.Parsing.Internals;

/// <summary>
/// Zhang &amp; Nivre (2011) rich non-local feature templates for arc-eager, plus word clusters: words and tags of the stack
/// top (S0), second (S1), buffer front (N0..N2), heads and outermost dependents, distance, valency and
/// label sets, in unigram, pair and triple combinations; and, when the sentence has one, the guide's tree.
/// </summary>
internal static class ParserFeatures
{
    public const int Max = 120;

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
        ulong S0wp = FeatureHash.Fast(0, S0w, S0p), N0wp = FeatureHash.Fast(0, N0w, N0p);
        ulong dist = n0 >= 0 ? (ulong)DistanceBucket(n0 - s0) : 99;
        ulong s0Headed = s0 > 0 && s0h >= 0 ? 1UL : 0UL;
        int n = 0;

        // Single words.
        f[n++] = FeatureHash.Fast(100, S0wp);
        f[n++] = FeatureHash.Fast(101, S0w);
        f[n++] = FeatureHash.Fast(102, S0p);
        f[n++] = FeatureHash.Fast(103, N0wp);
        f[n++] = FeatureHash.Fast(104, N0w);
        f[n++] = FeatureHash.Fast(105, N0p);
        f[n++] = FeatureHash.Fast(106, N1w, N1p);
        f[n++] = FeatureHash.Fast(107, N1w);
        f[n++] = FeatureHash.Fast(108, N1p);
        f[n++] = FeatureHash.Fast(109, N2w, N2p);
        f[n++] = FeatureHash.Fast(110, N2w);
        f[n++] = FeatureHash.Fast(111, N2p);

        // Word pairs.
        f[n++] = FeatureHash.Fast(120, S0wp, N0wp);
        f[n++] = FeatureHash.Fast(121, S0wp, N0w);
        f[n++] = FeatureHash.Fast(122, S0w, N0wp);
        f[n++] = FeatureHash.Fast(123, S0wp, N0p);
        f[n++] = FeatureHash.Fast(124, S0p, N0wp);
        f[n++] = FeatureHash.Fast(125, S0w, N0w);
        f[n++] = FeatureHash.Fast(126, S0p, N0p);
        f[n++] = FeatureHash.Fast(127, N0p, N1p);

        // Three words.
        f[n++] = FeatureHash.Fast(130, N0p, N1p, N2p);
        f[n++] = FeatureHash.Fast(131, S0p, N0p, N1p);
        f[n++] = FeatureHash.Fast(132, P(s0h), S0p, N0p);
        f[n++] = FeatureHash.Fast(133, S0p, P(s0l), N0p);
        f[n++] = FeatureHash.Fast(134, S0p, P(s0r), N0p);
        f[n++] = FeatureHash.Fast(135, S0p, N0p, P(n0l));

        // Distance.
        f[n++] = FeatureHash.Fast(140, S0w, dist);
        f[n++] = FeatureHash.Fast(141, S0p, dist);
        f[n++] = FeatureHash.Fast(142, N0w, dist);
        f[n++] = FeatureHash.Fast(143, N0p, dist);
        f[n++] = FeatureHash.Fast(144, S0w, N0w, dist);
        f[n++] = FeatureHash.Fast(145, S0p, N0p, dist);

        // Valency.
        ulong s0vr = (ulong)s.RightCount[s0], s0vl = (ulong)s.LeftCount[s0];
        ulong n0vl = n0 >= 0 ? (ulong)s.LeftCount[n0] : 99;
        f[n++] = FeatureHash.Fast(150, S0w, s0vr);
        f[n++] = FeatureHash.Fast(151, S0p, s0vr);
        f[n++] = FeatureHash.Fast(152, S0w, s0vl);
        f[n++] = FeatureHash.Fast(153, S0p, s0vl);
        f[n++] = FeatureHash.Fast(154, N0w, n0vl);
        f[n++] = FeatureHash.Fast(155, N0p, n0vl);

        // Unigrams of heads and dependents.
        f[n++] = FeatureHash.Fast(160, W(s0h));
        f[n++] = FeatureHash.Fast(161, P(s0h));
        f[n++] = FeatureHash.Fast(162, L(s0));
        f[n++] = FeatureHash.Fast(163, W(s0l));
        f[n++] = FeatureHash.Fast(164, P(s0l));
        f[n++] = FeatureHash.Fast(165, L(s0l));
        f[n++] = FeatureHash.Fast(166, W(s0r));
        f[n++] = FeatureHash.Fast(167, P(s0r));
        f[n++] = FeatureHash.Fast(168, L(s0r));
        f[n++] = FeatureHash.Fast(169, W(n0l));
        f[n++] = FeatureHash.Fast(170, P(n0l));
        f[n++] = FeatureHash.Fast(171, L(n0l));

        // Third order.
        f[n++] = FeatureHash.Fast(180, W(s0h2));
        f[n++] = FeatureHash.Fast(181, P(s0h2));
        f[n++] = FeatureHash.Fast(182, L(s0h));
        f[n++] = FeatureHash.Fast(183, W(s0l2));
        f[n++] = FeatureHash.Fast(184, P(s0l2));
        f[n++] = FeatureHash.Fast(185, L(s0l2));
        f[n++] = FeatureHash.Fast(186, W(s0r2));
        f[n++] = FeatureHash.Fast(187, P(s0r2));
        f[n++] = FeatureHash.Fast(188, L(s0r2));
        f[n++] = FeatureHash.Fast(189, W(n0l2));
        f[n++] = FeatureHash.Fast(190, P(n0l2));
        f[n++] = FeatureHash.Fast(191, L(n0l2));
        f[n++] = FeatureHash.Fast(192, S0p, P(s0l), P(s0l2));
        f[n++] = FeatureHash.Fast(193, S0p, P(s0r), P(s0r2));
        f[n++] = FeatureHash.Fast(194, S0p, P(s0h), P(s0h2));
        f[n++] = FeatureHash.Fast(195, N0p, P(n0l), P(n0l2));

        // Label sets.
        ulong s0sr = s.RightLabels[s0], s0sl = s.LeftLabels[s0];
        ulong n0sl = n0 >= 0 ? s.LeftLabels[n0] : 99;
        f[n++] = FeatureHash.Fast(200, S0w, s0sr);
        f[n++] = FeatureHash.Fast(201, S0p, s0sr);
        f[n++] = FeatureHash.Fast(202, S0w, s0sl);
        f[n++] = FeatureHash.Fast(203, S0p, s0sl);
        f[n++] = FeatureHash.Fast(204, N0w, n0sl);
        f[n++] = FeatureHash.Fast(205, N0p, n0sl);

        // Beyond Zhang & Nivre: the second stack word, whether S0 already has a head (decides REDUCE
        // versus LEFT-ARC), and lexicalised pairs with the outermost dependents.
        f[n++] = FeatureHash.Fast(210, W(s1), P(s1));
        f[n++] = FeatureHash.Fast(211, P(s1), S0p, N0p);
        f[n++] = FeatureHash.Fast(212, s0Headed, S0p, N0p);
        f[n++] = FeatureHash.Fast(213, s0Headed, S0w, N0w);
        f[n++] = FeatureHash.Fast(214, S0p, L(s0l), L(s0r));
        f[n++] = FeatureHash.Fast(215, N0w, P(n0l), L(n0l));
        f[n++] = FeatureHash.Fast(216, S0w, P(s0r), N0p);
        f[n++] = FeatureHash.Fast(217, S0p, N0p, N1w);
        f[n++] = FeatureHash.Fast(218, s0Headed, L(s0), N0p);
        f[n++] = FeatureHash.Fast(219, P(s1), S0w, N0w);

        // Suffixes generalise over words unseen in training (-tion, -ed, -ly).
        f[n++] = FeatureHash.Fast(220, X(s0), S0p);
        f[n++] = FeatureHash.Fast(221, X(n0), N0p);
        f[n++] = FeatureHash.Fast(222, X(s0), X(n0));
        f[n++] = FeatureHash.Fast(223, X(n1), N1p);

        // Word clusters (Koo et al. 2008): what the word is like, for words the treebank barely has.
        ulong S0c = C(s0), N0c = C(n0);
        f[n++] = FeatureHash.Fast(230, F(s0), S0p);
        f[n++] = FeatureHash.Fast(231, F(n0), N0p);
        f[n++] = FeatureHash.Fast(232, S0c, N0c);
        f[n++] = FeatureHash.Fast(233, F(s0), F(n0));
        f[n++] = FeatureHash.Fast(234, S0c, N0p, dist);
        f[n++] = FeatureHash.Fast(235, S0p, N0c, dist);
        f[n++] = FeatureHash.Fast(236, C(n1), N1p, N0c);
        f[n++] = FeatureHash.Fast(237, C(s0h), S0c, N0p);
        f[n++] = FeatureHash.Fast(238, S0c, C(s0r), N0c);

        return input.HasGuide && !input.GuideHidden ? Guide(s, input, f, n, S0w, S0p, N0w, N0p, dist, s0Headed) : n;

        ulong W(int i) => i >= 0 ? words[i] : NoWord;
        ulong P(int i) => i >= 0 ? (ulong)tags[i] : NoTag;
        ulong X(int i) => i >= 0 ? suffixes[i] : NoWord;
        ulong C(int i) => i >= 0 ? clusters[i] : NoWord;
        ulong F(int i) => i >= 0 ? fine[i] : NoWord;
        ulong L(int i) => i > 0 && s.Labels[i] >= 0 ? (ulong)s.Labels[i] : NoLabel;
    }

    /// <summary>
    /// Features of the guide parse read right to left (stacking, Nivre &amp; McDonald 2008): where the guide puts the heads
    /// of S0 and N0 relative to each other, the relation of an arc it draws between them, and whether either still has
    /// guide dependents on the far side. They bring the right context a left-to-right parser decides without.
    /// </summary>
    private static int Guide(ParserState s, ParserInput input, Span<ulong> f, int n, ulong S0w, ulong S0p, ulong N0w, ulong N0p, ulong dist, ulong s0Headed)
    {
        int[] heads = input.GuideHeads, labels = input.GuideLabels;
        int s0 = s.S0, n0 = s.B0, n1 = s.B(1), s1 = s.S1;
        int hs = s0 > 0 ? heads[s0] : -2, hn = n0 >= 0 ? heads[n0] : -2;
        ulong gS0 = s0 <= 0 ? 9UL : hs == 0 ? 0UL : hs < s0 ? 1UL : n0 < 0 || hs > n0 ? 4UL : hs == n0 ? 3UL : 2UL;
        ulong gN0 = n0 < 0 ? 9UL : hn == 0 ? 0UL : hn == s0 ? 2UL : hn < s0 ? 1UL : hn > n0 ? 4UL : 3UL;
        ulong left = s0 > 0 && n0 >= 0 && hs == n0 ? (ulong)labels[s0] : NoLabel;
        ulong right = n0 >= 0 && hn == s0 ? (ulong)labels[n0] : NoLabel;
        ulong pending = (s0 >= 0 && n0 >= 0 && input.GuideRightmost[s0] >= n0 ? 1UL : 0UL) | (n0 >= 0 && input.GuideLeftmost[n0] < s0 ? 2UL : 0UL);
        ulong withS1 = s1 > 0 && hs == s1 ? 1UL : s1 > 0 && heads[s1] == s0 ? 2UL : 0UL;
        ulong withN1 = n1 < 0 ? 9UL : heads[n1] == n0 ? 1UL : heads[n1] == s0 ? 2UL : hn == n1 ? 3UL : 0UL;
        ulong labelS0 = s0 > 0 ? (ulong)labels[s0] : NoLabel, labelN0 = n0 >= 0 ? (ulong)labels[n0] : NoLabel;
        ulong tags = FeatureHash.Fast(0, S0p, N0p);
        f[n++] = FeatureHash.Fast(260, gS0, gN0);
        f[n++] = FeatureHash.Fast(261, left, right);
        f[n++] = FeatureHash.Fast(262, left, right, tags);
        f[n++] = FeatureHash.Fast(263, gS0, labelS0);
        f[n++] = FeatureHash.Fast(264, gN0, labelN0);
        f[n++] = FeatureHash.Fast(265, pending, gS0, gN0);
        f[n++] = FeatureHash.Fast(266, gS0, gN0, tags);
        f[n++] = FeatureHash.Fast(267, withS1, gS0);
        f[n++] = FeatureHash.Fast(268, withN1, gN0);
        f[n++] = FeatureHash.Fast(269, gS0, gN0, dist);
        f[n++] = FeatureHash.Fast(270, left, S0w);
        f[n++] = FeatureHash.Fast(271, right, N0w);
        f[n++] = FeatureHash.Fast(272, gS0, gN0, s0Headed);
        // The guide's relation of a word with the side of its head, a supertag (Ouchi et al. 2014).
        ulong tS0 = Side(s0), tN0 = Side(n0), tN1 = Side(n1);
        f[n++] = FeatureHash.Fast(273, tS0, tN0);
        f[n++] = FeatureHash.Fast(274, tN0, tN1);
        f[n++] = FeatureHash.Fast(275, tS0, S0w);
        f[n++] = FeatureHash.Fast(276, tN0, N0w);
        f[n++] = FeatureHash.Fast(277, tS0, tN0, dist);
        f[n++] = FeatureHash.Fast(278, Side(s1), tS0, tN0);
        return n;

        ulong Side(int i) => i > 0 ? (ulong)(labels[i] * 2 + (heads[i] > i ? 1 : 0)) : NoLabel;
    }

    private static int DistanceBucket(int d) => d switch
    {
        <= 4 => d,
        <= 6 => 5,
        <= 10 => 6,
        _ => 7,
    };
}
