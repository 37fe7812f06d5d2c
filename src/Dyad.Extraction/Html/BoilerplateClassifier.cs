using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Dyad.Extraction.Html;

/// <summary>
/// Judges an element by its class, id, role and hidden state, the names sites give to page
/// furniture (share bars, comments, related links) and to article bodies.
/// </summary>
internal static partial class BoilerplateClassifier
{
    /// <summary>Names that are boilerplate even on an element also named like content ("article-share").</summary>
    [GeneratedRegex(@"comment|disqus|(?<![a-z])shar(?:e|ing)(?![a-z])|social|related|recommend|newsletter|subscri|outbrain|taboola|breadcrumb|cookie|consent|gdpr|caption|sr-only|visually-?hidden|screen-?reader|(?<![a-z])(?:ad|ads|adv|advert\w*|dfp|sponsor\w*)(?![a-z])|popup|modal|paywall|trending|most-?(?:read|popular|viewed)|more-?(?:stories|articles|news)|read-?(?:more|next|also)|also-?read|signup|sign-?in|login|author-?bio|(?<![a-z])bio(?![a-z])|(?<![a-z])(?:tags?|tag-?list|keywords)(?![a-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Strong();

    /// <summary>Names that are boilerplate unless the element is also named like content ("main-sidebar-layout").</summary>
    [GeneratedRegex(@"sidebar|footer|masthead|navbar|(?<![a-z])(?:nav|menu|header|banner|toolbar|pagination|pager|promo\w*|byline|dateline|meta|print|rss|skip|jump|widget|share-?tools|extra|supplemental|teaser)(?![a-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Weak();

    [GeneratedRegex(@"article|(?<![a-z])body|content|entry|main|(?<![a-z])post|(?<![a-z])text|story|blog|prose|rich-?text", RegexOptions.IgnoreCase)]
    private static partial Regex Positive();

    /// <summary>Hidden from readers, or marked as a page region that is not the article.</summary>
    public static bool IsHidden(IElement e)
    {
        if (e.HasAttribute("hidden") || e.GetAttribute("aria-hidden") == "true") return true;
        var style = e.GetAttribute("style");
        if (style != null && style.Contains("display", StringComparison.Ordinal) && DisplayNone().IsMatch(style)) return true;
        return e.GetAttribute("role") is "navigation" or "complementary" or "contentinfo" or "banner" or "dialog" or "menu" or "menubar" or "toolbar";
    }

    /// <summary>
    /// Named like page furniture; <paramref name="weight"/> is the name's prior for holding the
    /// article (+ content-like, - furniture-like). Verdicts are memoised per class/id pair in
    /// <paramref name="seen"/>: a page repeats a few dozen names over thousands of elements.
    /// </summary>
    public static bool IsNamedBoilerplate(IElement e, Tag tag, Dictionary<(string?, string?), (bool Named, short Weight)> seen, out int weight)
    {
        weight = 0;
        if (e.GetAttribute("itemprop") is "articleBody" or "text") { weight = 50; return false; }
        string? cls = e.ClassName, id = e.Id;
        if (cls == null && id == null) return false;
        if (!seen.TryGetValue((cls, id), out var verdict))
        {
            string names = cls != null && id != null ? cls + " " + id : cls ?? id!;
            bool positive = Positive().IsMatch(names);
            bool strong = Strong().IsMatch(names), weak = !strong && Weak().IsMatch(names);
            verdict = (strong || (weak && !positive), (short)((positive ? 25 : 0) - (strong || weak ? 25 : 0)));
            seen[(cls, id)] = verdict;
        }
        weight = verdict.Weight;
        // The page's outer containers carry site-wide class names; they are never dropped by name.
        return verdict.Named && !(tag == Tag.Division && e.LocalName is "main" or "article");
    }

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex DisplayNone();
}
