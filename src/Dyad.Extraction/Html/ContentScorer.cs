namespace Dyad.Extraction.Html;

/// <summary>
/// Finds the element holding the article, as Readability does: every paragraph scores by its
/// length and commas, passes the score to its ancestors (less the further up), and the best
/// container after discounting its link text wins; related siblings then join it.
/// </summary>
internal static class ContentScorer
{
    private const int AncestorLevels = 5;

    /// <summary>Indexes of the elements that make up the article, in document order.</summary>
    public static List<int> Select(NodeTable t)
    {
        var items = t.Items;
        for (int i = 0; i < t.Count; i++)
        {
            ref var e = ref items[i];
            if (e.Dropped || e.Own < NodeTable.MinParagraph || e.Tag is not (Tag.Paragraph or Tag.Cell or Tag.Division or Tag.Block)) continue;
            float score = 1 + e.Commas + Math.Min(e.Own / 100, 3);
            int a = e.Parent;
            for (int level = 0; a >= 0 && level < AncestorLevels; level++, a = items[a].Parent)
            {
                ref var anc = ref items[a];
                if (!anc.Candidate)
                {
                    anc.Candidate = true;
                    anc.Score = TagPrior(anc.Tag) + anc.Weight;
                }
                anc.Score += level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
            }
        }

        int top = -1;
        for (int i = 0; i < t.Count; i++)
        {
            ref var e = ref items[i];
            if (!e.Candidate) continue;
            e.Score *= 1 - t.LinkDensity(i);
            if (top < 0 || e.Score > items[top].Score) top = i;
        }
        if (top < 0) return [0];
        top = Widen(t, top);
        return WithSiblings(t, top);
    }

    private static float TagPrior(Tag tag) => tag switch
    {
        Tag.Division or Tag.Block => 5,
        Tag.Paragraph or Tag.Cell => 3,
        Tag.List or Tag.ListItem => -3,
        Tag.Heading or Tag.Title => -5,
        _ => 0,
    };

    /// <summary>
    /// Moves up from the best container when the article is split over several of its children:
    /// when three of the close runners-up lie under one ancestor, or when an ancestor scores
    /// more than the containers below it.
    /// </summary>
    private static int Widen(NodeTable t, int top)
    {
        var items = t.Items;
        float best = items[top].Score;
        Span<int> rivals = stackalloc int[5];
        int n = 0;
        for (int i = 0; i < t.Count && n < rivals.Length; i++)
            if (i != top && items[i].Candidate && items[i].Score >= best * 0.75f) rivals[n++] = i;
        if (n >= 3)
        {
            for (int a = items[top].Parent; a > 0; a = items[a].Parent)
            {
                int inside = 0;
                foreach (int r in rivals[..n])
                    if (r >= a && r < items[a].End) inside++;
                if (inside >= 3) { top = a; break; }
            }
        }

        float last = items[top].Score, threshold = last / 3;
        for (int a = items[top].Parent; a > 0; a = items[a].Parent)
        {
            if (!items[a].Candidate) continue;
            if (items[a].Score < threshold) break;
            if (items[a].Score > last) { top = a; break; }
            last = items[a].Score;
        }
        // A container that is the only element of its parent is the parent.
        while (items[top].Parent > 0 && OnlyElementChild(t, top)) top = items[top].Parent;
        return top;
    }

    private static bool OnlyElementChild(NodeTable t, int i)
    {
        int p = t.Items[i].Parent;
        for (int c = p + 1; c < t.Items[p].End; c = t.Items[c].End)
            if (c != i && t.Items[c].Tag != Tag.Text) return false;
        return true;
    }

    /// <summary>The container's siblings that are article too: well scored, or plain paragraphs.</summary>
    private static List<int> WithSiblings(NodeTable t, int top)
    {
        var items = t.Items;
        int parent = items[top].Parent;
        if (parent < 0) return [top];
        float threshold = Math.Max(10, items[top].Score * 0.2f);
        string? topClass = (items[top].Node as AngleSharp.Dom.IElement)?.ClassName;
        var chosen = new List<int>();
        for (int c = parent + 1; c < items[parent].End; c = items[c].End)
        {
            ref var e = ref items[c];
            if (c == top) { chosen.Add(c); continue; }
            if (e.Dropped || e.Tag == Tag.Text || e.Text == 0) continue;
            float bonus = topClass != null && (e.Node as AngleSharp.Dom.IElement)?.ClassName == topClass ? items[top].Score * 0.2f : 0;
            float ld = t.LinkDensity(c);
            if ((e.Candidate && e.Score + bonus >= threshold) ||
                (e.Tag == Tag.Paragraph && ((e.Text > 80 && ld < 0.25f) || (e.Link == 0 && EndsSentence(e.Node.TextContent)))))
                chosen.Add(c);
        }
        return chosen;
    }

    private static bool EndsSentence(string text)
    {
        var s = text.AsSpan().TrimEnd();
        return s.Length > 0 && s[^1] is '.' or '!' or '?' or '"' or '”';
    }
}
