namespace Dyad.Text.Parsing.Internals;

/// <summary>
/// Makes a tree projective by lifting non-projective arcs to the grandparent, shortest first
/// (the lifting step of Nivre &amp; Nilsson 2005, without label encoding): arc-eager can only build
/// projective trees, and the few lifted arcs in English cost less than the encoding's extra labels.
/// </summary>
internal static class Projectivizer
{
    /// <summary>Lifts arcs in place; heads are indexed 1..n with 0 as the root.</summary>
    public static void Projectivize(Span<int> heads)
    {
        while (true)
        {
            int worst = -1;
            int worstLength = int.MaxValue;
            for (int d = 1; d < heads.Length; d++)
            {
                int h = heads[d];
                int length = Math.Abs(h - d);
                if (h > 0 && length < worstLength && !IsProjective(heads, h, d))
                {
                    worst = d;
                    worstLength = length;
                }
            }
            if (worst < 0)
            {
                return;
            }
            heads[worst] = heads[heads[worst]];
        }
    }

    /// <summary>An arc is projective when its head dominates every word between its ends.</summary>
    private static bool IsProjective(ReadOnlySpan<int> heads, int h, int d)
    {
        int lo = Math.Min(h, d);
        int hi = Math.Max(h, d);
        for (int k = lo + 1; k < hi; k++)
        {
            int a = k;
            while (a != h && a > 0)
            {
                a = heads[a];
            }
            if (a != h)
            {
                return false;
            }
        }
        return true;
    }
}
