using System.Text;
using AngleSharp.Dom;

namespace Dyad.Extraction.Html;

/// <summary>
/// Writes the chosen elements out as paragraphs and headings separated by blank lines, leaving out
/// what the page nests inside its article but is not article: titles, link lists, link-only
/// blocks ("Read more: ..."), and containers made mostly of links.
/// </summary>
internal static class TextCollector
{
    public static string Collect(NodeTable t, List<int> roots)
    {
        var items = t.Items;
        var output = new StringBuilder();
        var para = new StringBuilder();
        var open = new Stack<int>(); // End indexes of the blocks being written
        foreach (int root in roots)
        {
            int i = root;
            int end = items[root].End;
            while (i < end)
            {
                while (open.Count > 0 && open.Peek() <= i)
                {
                    open.Pop();
                    Flush(output, para);
                }
                ref var e = ref items[i];
                if (e.Tag == Tag.Text)
                {
                    if (e.Text > 0) Whitespace.AppendCollapsed(para, ((IText)e.Node).Data);
                    i++;
                    continue;
                }
                if (e.Tag == Tag.LineBreak)
                {
                    LineBreak(output, para);
                    i++;
                    continue;
                }
                if (i != root && Skip(t, i))
                {
                    i = e.End;
                    continue;
                }
                if (!Tags.IsInline(e.Tag))
                {
                    Flush(output, para);
                    open.Push(e.End);
                }
                i++;
            }
            while (open.Count > 0)
            {
                open.Pop();
                Flush(output, para);
            }
            Flush(output, para);
        }
        DropTrailingScraps(output);
        return output.ToString();
    }

    /// <summary>Fewer words than this in the article's last blocks are widget labels ("Advert", "comments"), not its ending.</summary>
    private const int ScrapWords = 4;

    private static void DropTrailingScraps(StringBuilder output)
    {
        while (output.Length > 0)
        {
            int start = 0;
            for (int i = output.Length - 2; i >= 1; i--)
                if (output[i] == '\n' && output[i - 1] == '\n') { start = i + 1; break; }
            int words = 0;
            bool inWord = false;
            for (int i = start; i < output.Length && words <= ScrapWords; i++)
            {
                bool w = char.IsLetterOrDigit(output[i]);
                if (w && !inWord) words++;
                inWord = w;
            }
            if (words > ScrapWords || start == 0) return;
            output.Length = start - 2;
        }
    }

    /// <summary>Elements inside the article that are still not article text.</summary>
    private static bool Skip(NodeTable t, int i)
    {
        ref var e = ref t.Items[i];
        if (e.Dropped || e.Tag == Tag.Title) return true;
        if (e.Text == 0) return false;
        float ld = t.LinkDensity(i);
        return e.Tag switch
        {
            // A paragraph or heading that is one link is a pointer to another page.
            Tag.Paragraph or Tag.Heading or Tag.ListItem => ld > 0.8f,
            Tag.List => ld > 0.5f || (e.Weight < 0 && ld > 0.2f),
            Tag.Division or Tag.Block or Tag.Table or Tag.Cell => ld > 0.5f || (e.Weight < 0 && ld > 0.25f),
            _ => false,
        };
    }

    private static void LineBreak(StringBuilder output, StringBuilder para)
    {
        // Two breaks in a row are how older pages separate paragraphs.
        if (para.Length > 0 && para[^1] == '\n') Flush(output, para);
        else if (para.Length > 0)
        {
            while (para.Length > 0 && para[^1] == ' ') para.Length--;
            para.Append('\n');
        }
    }

    private static void Flush(StringBuilder output, StringBuilder para)
    {
        int s = 0, e = para.Length;
        while (s < e && char.IsWhiteSpace(para[s])) s++;
        while (e > s && char.IsWhiteSpace(para[e - 1])) e--;
        if (e > s)
        {
            if (output.Length > 0) output.Append("\n\n");
            output.Append(para, s, e - s);
        }
        para.Clear();
    }
}
