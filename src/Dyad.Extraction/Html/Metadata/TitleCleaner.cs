namespace Dyad.Extraction.Html.Metadata;

/// <summary>Removes the site's name that pages append or prepend to their titles ("Headline | Site").</summary>
internal static class TitleCleaner
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " // "];

    public static string Clean(string title, string? siteName)
    {
        title = Whitespace.Collapse(title);
        foreach (var sep in Separators)
        {
            int first = title.IndexOf(sep, StringComparison.Ordinal);
            if (first < 0) continue;
            int last = title.LastIndexOf(sep, StringComparison.Ordinal);
            string head = title[..last], tail = title[(last + sep.Length)..];
            // The site is the part that names it, else the shorter end part (sites are named briefly).
            if (siteName != null && tail.Contains(siteName, StringComparison.OrdinalIgnoreCase)) return head.Trim();
            string lead = title[..first], rest = title[(first + sep.Length)..];
            if (siteName != null && lead.Contains(siteName, StringComparison.OrdinalIgnoreCase)) return rest.Trim();
            if (WordCount(tail) <= 4 && WordCount(head) >= 3) return head.Trim();
            if (WordCount(lead) <= 3 && WordCount(rest) >= 4) return rest.Trim();
        }
        return title;
    }

    private static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
