using AngleSharp.Dom;

namespace Dyad.Extraction.Html;

/// <summary>
/// The page's body flattened in document order by one iterative pass (no recursion, so any
/// depth is safe), with each element's text and link-text lengths summed over its subtree.
/// A subtree is the index range [i, End): scoring and output both walk these arrays.
/// </summary>
internal sealed class NodeTable
{
    public struct Entry
    {
        public INode Node;
        public int Parent;
        /// <summary>One past the last index of the subtree.</summary>
        public int End;
        public Tag Tag;
        /// <summary>Boilerplate (by tag, hidden state or name, or inside such an element): never scored or output.</summary>
        public bool Dropped;
        /// <summary>Named like page furniture; dropped unless it holds most of the page's prose.</summary>
        public bool Named;
        /// <summary>Name-based prior: positive for content-like class names, negative for furniture.</summary>
        public short Weight;
        /// <summary>Characters of text in the subtree, whitespace collapsed.</summary>
        public int Text;
        /// <summary>Of those, characters inside links.</summary>
        public int Link;
        /// <summary>Characters of text in this block outside its child blocks (paragraph text).</summary>
        public int Own;
        /// <summary>Characters of paragraph text (blocks of at least <see cref="MinParagraph"/>) in the subtree.</summary>
        public int Prose;
        public int Commas;
        public float Score;
        public bool Candidate;
    }

    /// <summary>Fewer characters than this in a block are a label or a link, not a paragraph.</summary>
    public const int MinParagraph = 25;

    public Entry[] Items = new Entry[256];
    public int Count;

    private struct Pending(INode node, int parent, int block, bool inLink)
    {
        public INode Node = node;
        public int Parent = parent, Block = block;
        public bool InLink = inLink;
    }

    public static NodeTable Build(IElement root)
    {
        var t = new NodeTable();
        var stack = new Stack<Pending>();
        var names = new Dictionary<(string?, string?), (bool, short)>();
        stack.Push(new Pending(root, -1, -1, false));
        while (stack.Count > 0)
        {
            var p = stack.Pop();
            int i = t.Add(p.Node, p.Parent);
            ref var e = ref t.Items[i];
            if (p.Node is IText text)
            {
                bool space = true;
                int len = Whitespace.CollapsedLength(text.Data, ref space);
                if (space && len > 0) len--; // a trailing collapsed space is layout, not text
                e.Tag = Tag.Text;
                e.Text = len;
                e.Link = p.InLink ? len : 0;
                if (p.Block >= 0 && len > 0)
                {
                    t.Items[p.Block].Own += len;
                    t.Items[p.Block].Commas += text.Data.AsSpan().Count(',');
                }
                continue;
            }
            var el = (IElement)p.Node;
            e.Tag = Tags.Of(el.LocalName);
            if (e.Tag == Tag.Drop || (i > 0 && BoilerplateClassifier.IsHidden(el)))
            {
                e.Dropped = true; // not walked: nothing in it can be article
                continue;
            }
            if (i > 0)
            {
                e.Named = BoilerplateClassifier.IsNamedBoilerplate(el, e.Tag, names, out int weight);
                e.Weight = (short)weight;
            }
            int block = Tags.IsInline(e.Tag) ? p.Block : i;
            bool inLink = p.InLink || e.Tag == Tag.Anchor;
            var children = el.ChildNodes;
            for (int c = children.Length - 1; c >= 0; c--)
            {
                var child = children[c];
                if (child.NodeType is NodeType.Element or NodeType.Text) stack.Push(new Pending(child, i, block, inLink));
            }
        }
        t.Aggregate(withProse: true);
        t.DropNamedBoilerplate();
        t.Aggregate(withProse: false);
        return t;
    }

    private int Add(INode node, int parent)
    {
        if (Count == Items.Length) Array.Resize(ref Items, Count * 2);
        Items[Count] = new Entry { Node = node, Parent = parent };
        return Count++;
    }

    /// <summary>
    /// Sums text up the tree, leaving out dropped subtrees; reverse document order visits every
    /// child before its parent. The first pass also sums paragraph text and sets subtree ends.
    /// </summary>
    private void Aggregate(bool withProse)
    {
        if (!withProse)
            for (int i = 0; i < Count; i++)
                if (Items[i].Tag != Tag.Text) Items[i].Text = Items[i].Link = 0;
        for (int i = Count - 1; i >= 0; i--)
        {
            ref var e = ref Items[i];
            if (withProse)
            {
                if (e.End <= i) e.End = i + 1;
                if (e.Own >= MinParagraph) e.Prose += e.Own;
            }
            if (e.Parent < 0) continue;
            ref var parent = ref Items[e.Parent];
            if (withProse)
            {
                parent.Prose += e.Prose;
                if (e.End > parent.End) parent.End = e.End;
            }
            if (e.Dropped) continue;
            parent.Text += e.Text;
            parent.Link += e.Link;
        }
    }

    /// <summary>
    /// Drops elements named like furniture, except those holding at least half the page's prose:
    /// those are layout wrappers with unlucky names ("ad-margins", "paywall", "tag-news"), not furniture.
    /// Then marks everything inside a dropped element as dropped.
    /// </summary>
    private void DropNamedBoilerplate()
    {
        int half = Items[0].Prose / 2;
        for (int i = 1; i < Count; i++)
        {
            ref var e = ref Items[i];
            if ((e.Named && (e.Prose < half || half == 0)) || Items[e.Parent].Dropped) e.Dropped = true;
        }
    }

    public float LinkDensity(int i) => Items[i].Text == 0 ? 0 : (float)Items[i].Link / Items[i].Text;
}
