using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;

namespace Dyad.Extraction.Html;

/// <summary>
/// AngleSharp set up for extraction: script and style text, comments and source positions are
/// skipped and only the attributes the extractor reads are kept, which more than halves parse time.
/// </summary>
internal static class PageParser
{
    /// <summary>Deeper nesting is attached flat by the parser, as browsers do, so no walk can overflow.</summary>
    private const int MaxDepth = 512;

    private static readonly HtmlParserOptions Options = new()
    {
        IsScripting = false,
        SkipScriptText = true,
        SkipRawText = true,
        SkipComments = true,
        SkipProcessingInstructions = true,
        DisableElementPositionTracking = true,
        MaximumDepth = MaxDepth,
        ShouldEmitAttribute = KeepAttribute,
    };

    // HtmlParser keeps per-parse state; one per thread keeps the extractor thread-safe without locks.
    [ThreadStatic] private static HtmlParser? parser;

    /// <summary>
    /// Open elements a page may leave nested before it is refused. AngleSharp's tree builder slows
    /// quadratically on pathological nesting (a megabyte of unclosed divs takes minutes), and real
    /// pages stay far below this even when they forget closing tags.
    /// </summary>
    public const int MaxNesting = 2000;

    /// <summary>The deepest nesting of start tags over end tags, counted on the raw text without parsing.</summary>
    public static int RawNesting(string html)
    {
        int depth = 0, max = 0;
        for (int i = html.IndexOf('<'); i >= 0 && i + 1 < html.Length; i = html.IndexOf('<', i + 1))
        {
            char c = html[i + 1];
            if (c == '/') depth = Math.Max(0, depth - 1);
            else if (char.IsAsciiLetter(c) && !IsVoid(html.AsSpan(i + 1)) && ++depth > max) max = depth;
        }
        return max;
    }

    private static bool IsVoid(ReadOnlySpan<char> tag)
    {
        int n = 0;
        while (n < tag.Length && char.IsAsciiLetterOrDigit(tag[n])) n++;
        return tag[..n].ToString().ToLowerInvariant() is "br" or "img" or "meta" or "link" or "input" or "hr" or "source"
            or "wbr" or "area" or "col" or "embed" or "param" or "track" or "base" or "p" or "li" or "option";
    }

    public static IHtmlDocument Parse(string html) => (parser ??= new HtmlParser(Options)).ParseDocument(html);

    private static bool KeepAttribute(ref StructHtmlToken token, ReadOnlyMemory<char> name) => name.Span switch
    {
        "class" or "id" or "href" or "content" or "name" or "property" or "itemprop" or "datetime" or "lang" or "rel"
            or "role" or "hidden" or "aria-hidden" or "style" or "http-equiv" or "charset" => true,
        _ => false,
    };
}
