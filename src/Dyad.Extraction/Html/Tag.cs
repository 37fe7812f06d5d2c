using System.Collections.Frozen;

namespace Dyad.Extraction.Html;

/// <summary>What an element is to the extractor.</summary>
internal enum Tag : byte
{
    /// <summary>A text node.</summary>
    Text,
    /// <summary>Phrasing content: its text belongs to the enclosing block.</summary>
    Inline,
    Anchor,
    LineBreak,
    /// <summary>A block holding text or other blocks.</summary>
    Block,
    Paragraph,
    ListItem,
    List,
    Heading,
    Title,
    Table,
    Cell,
    Division,
    /// <summary>Never article text: scripts, media, forms' controls, navigation, page furniture.</summary>
    Drop,
}

internal static class Tags
{
    private static readonly FrozenDictionary<string, Tag> ByName = new Dictionary<string, Tag>
    {
        ["a"] = Tag.Anchor, ["br"] = Tag.LineBreak,
        ["p"] = Tag.Paragraph, ["pre"] = Tag.Paragraph, ["blockquote"] = Tag.Paragraph,
        ["li"] = Tag.ListItem, ["dd"] = Tag.ListItem, ["dt"] = Tag.ListItem,
        ["ul"] = Tag.List, ["ol"] = Tag.List, ["dl"] = Tag.List,
        ["h1"] = Tag.Title, ["h2"] = Tag.Heading, ["h3"] = Tag.Heading, ["h4"] = Tag.Heading, ["h5"] = Tag.Heading, ["h6"] = Tag.Heading,
        ["table"] = Tag.Table, ["td"] = Tag.Cell, ["th"] = Tag.Cell,
        ["div"] = Tag.Division, ["section"] = Tag.Division, ["article"] = Tag.Division, ["main"] = Tag.Division,
        ["span"] = Tag.Inline, ["b"] = Tag.Inline, ["i"] = Tag.Inline, ["em"] = Tag.Inline, ["strong"] = Tag.Inline,
        ["u"] = Tag.Inline, ["s"] = Tag.Inline, ["small"] = Tag.Inline, ["big"] = Tag.Inline, ["font"] = Tag.Inline,
        ["sub"] = Tag.Inline, ["sup"] = Tag.Inline, ["abbr"] = Tag.Inline, ["cite"] = Tag.Inline, ["code"] = Tag.Inline,
        ["q"] = Tag.Inline, ["mark"] = Tag.Inline, ["time"] = Tag.Inline, ["data"] = Tag.Inline, ["dfn"] = Tag.Inline,
        ["kbd"] = Tag.Inline, ["samp"] = Tag.Inline, ["var"] = Tag.Inline, ["tt"] = Tag.Inline, ["ins"] = Tag.Inline,
        ["del"] = Tag.Inline, ["strike"] = Tag.Inline, ["nobr"] = Tag.Inline, ["wbr"] = Tag.Inline, ["bdi"] = Tag.Inline,
        ["bdo"] = Tag.Inline,
        ["script"] = Tag.Drop, ["style"] = Tag.Drop, ["noscript"] = Tag.Drop, ["template"] = Tag.Drop, ["svg"] = Tag.Drop,
        ["math"] = Tag.Drop, ["canvas"] = Tag.Drop, ["iframe"] = Tag.Drop, ["object"] = Tag.Drop, ["embed"] = Tag.Drop,
        ["video"] = Tag.Drop, ["audio"] = Tag.Drop, ["button"] = Tag.Drop, ["input"] = Tag.Drop, ["select"] = Tag.Drop,
        ["textarea"] = Tag.Drop, ["option"] = Tag.Drop, ["label"] = Tag.Drop, ["nav"] = Tag.Drop, ["aside"] = Tag.Drop,
        ["footer"] = Tag.Drop, ["header"] = Tag.Drop, ["figure"] = Tag.Drop, ["figcaption"] = Tag.Drop, ["picture"] = Tag.Drop,
        ["img"] = Tag.Drop, ["head"] = Tag.Drop, ["dialog"] = Tag.Drop, ["menu"] = Tag.Drop, ["map"] = Tag.Drop,
        ["source"] = Tag.Drop, ["link"] = Tag.Drop, ["meta"] = Tag.Drop, ["title"] = Tag.Drop, ["frame"] = Tag.Drop,
        ["frameset"] = Tag.Drop, ["hr"] = Tag.Drop,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The kind of an element by its (lowercase) local name; unknown names are blocks.</summary>
    public static Tag Of(string localName) => ByName.TryGetValue(localName, out var t) ? t : Tag.Block;

    public static bool IsInline(Tag t) => t is Tag.Inline or Tag.Anchor or Tag.LineBreak or Tag.Text;
}
