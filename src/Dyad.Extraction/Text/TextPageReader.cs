using System.Text;
using System.Text.RegularExpressions;
using Dyad.Core.Time;
using Dyad.Extraction.Dates;

namespace Dyad.Extraction.Text;

/// <summary>
/// Extracts the article from a page saved as text. Lines are measured by shape
/// (<see cref="LineClassifier"/>); the article is the largest cluster of prose lines, joined with
/// neighbouring clusters across short boilerplate gaps unless they speak in the publisher's voice.
/// Inside it, prose and headings followed by prose stay; menus, captions, labels and repeats go.
/// </summary>
internal static partial class TextPageReader
{
    /// <summary>Non-prose lines a cluster of prose lines tolerates inside it.</summary>
    private const int GapInCluster = 1;

    /// <summary>Non-prose lines across which a neighbouring cluster may still join the article.</summary>
    private const int GapBetweenClusters = 3;

    private sealed class Unit(string text, int firstLine, int lastLine)
    {
        public string Text = text;
        public readonly int FirstLine = firstLine;
        public readonly int LastLine = lastLine;
        public LineFeatures F;
        public bool Repeated;
        public bool Prose;
        public bool Keep;
    }

    public static ExtractedPage Read(string content)
    {
        var lines = content.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        PartialDate? published = TakeLeadingDate(lines);
        var units = Units(lines);
        if (units.Count == 0) return new ExtractedPage("");

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var u in units)
        {
            string key = Whitespace.Collapse(u.Text);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        foreach (var u in units)
        {
            u.F = LineClassifier.Measure(u.Text);
            u.Repeated = counts[Whitespace.Collapse(u.Text)] > 1;
            // A line printed twice is a caption under its photo or a teaser, never two paragraphs.
            u.Prose = !u.Repeated && LineClassifier.IsProse(u.F);
        }

        var (start, end) = ArticleSpan(units);
        if (start < 0)
        {
            // No paragraph long enough to be sure of ("Russia hosted Japan."): a text of short lines keeps those that are sentences.
            foreach (var u in units)
                u.Prose = u.F.SentenceEnd && !u.Repeated && !u.F.Bullet && !u.F.Pipes && !u.F.Credit && !u.F.Byline && !u.F.Label;
            (start, end) = ArticleSpan(units);
        }
        if (start >= 0 && end == units.Count - 2 && LineClassifier.IsCutTail(units[^1].F) && !units[^1].Repeated)
        {
            end++;
            units[end].Prose = true;
        }
        if (start < 0) return new ExtractedPage("") { Published = published, Title = Headline(units, units.Count) };
        for (int i = start; i <= end; i++)
        {
            var u = units[i];
            u.Keep = u.Prose || (!u.Repeated && LineClassifier.IsHeading(u.F) && i > start && units[i - 1].Prose && i < end && units[i + 1].Prose);
        }

        published ??= Dateline(units, start);
        return new ExtractedPage(Join(units, lines, start, end))
        {
            Title = Headline(units, start),
            Byline = Byline(units, start),
            Published = published,
        };
    }

    /// <summary>
    /// Units are lines, except that a line cut mid-sentence (hard-wrapped text) continues into the
    /// next when that one starts lowercase.
    /// </summary>
    private static List<Unit> Units(string[] lines)
    {
        var units = new List<Unit>();
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0) continue;
            int first = i;
            var text = new StringBuilder(line);
            while (i + 1 < lines.Length && ContinuesInto(lines[i].Trim(), lines[i + 1].TrimStart()))
                text.Append('\n').Append(lines[++i].Trim());
            units.Add(new Unit(text.ToString(), first, i));
        }
        return units;
    }

    private static bool ContinuesInto(string line, string next) =>
        line.Length >= 40 && next.Length > 0 && char.IsLower(next[0]) && line[^1] is not ('.' or '!' or '?' or ':');

    /// <summary>Index of the first and last unit of the article, or (-1, -1) when no line is prose.</summary>
    private static (int Start, int End) ArticleSpan(List<Unit> units)
    {
        // Clusters: prose units with at most GapInCluster non-prose units between neighbours.
        var clusters = new List<(int Start, int End, int Chars, int Prose)>();
        int cs = -1, ce = -1, chars = 0, prose = 0;
        for (int i = 0; i < units.Count; i++)
        {
            if (!units[i].Prose) continue;
            if (cs >= 0 && i - ce - 1 > GapInCluster)
            {
                clusters.Add((cs, ce, chars, prose));
                cs = -1;
            }
            if (cs < 0) { cs = i; chars = 0; prose = 0; }
            ce = i;
            chars += units[i].Text.Length;
            prose++;
        }
        if (cs < 0) return (-1, -1);
        clusters.Add((cs, ce, chars, prose));

        int main = 0;
        for (int c = 1; c < clusters.Count; c++)
            if (clusters[c].Chars > clusters[main].Chars) main = c;
        int first = main, last = main;
        while (first > 0 && Joins(units, clusters[first - 1], clusters[first].Start - clusters[first - 1].End - 1)) first--;
        while (last < clusters.Count - 1 && Joins(units, clusters[last + 1], clusters[last + 1].Start - clusters[last].End - 1)) last++;
        return (clusters[first].Start, clusters[last].End);
    }

    /// <summary>
    /// A neighbouring cluster is more of the article when the gap is short and it is not the
    /// publisher talking about itself ("we provide ...", "we use cookies ...").
    /// </summary>
    private static bool Joins(List<Unit> units, (int Start, int End, int Chars, int Prose) cluster, int gap)
    {
        if (gap > GapBetweenClusters) return false;
        for (int i = cluster.Start; i <= cluster.End; i++)
            if (units[i].Prose && PublisherVoice(units[i].Text)) return false;
        return true;
    }

    /// <summary>First-person plural outside quotation marks: the site speaking, not a source quoted.</summary>
    private static bool PublisherVoice(string text)
    {
        if (text.AsSpan().IndexOfAny("\"“”«»") >= 0) return false;
        return WePronoun().IsMatch(text);
    }

    private static string? Headline(List<Unit> units, int before)
    {
        for (int i = 0; i < before; i++)
            if (LineClassifier.IsHeadline(units[i].F, units[i].Text)) return Whitespace.Collapse(units[i].Text);
        return null;
    }

    /// <summary>A date on a short line of its own above the article ("December 08 2023, 15:21").</summary>
    private static PartialDate? Dateline(List<Unit> units, int before)
    {
        for (int i = 0; i < before; i++)
            if (units[i].F.Words <= 10 && DateText.FindHuman(units[i].Text) is { } date) return date;
        return null;
    }

    private static string? Byline(List<Unit> units, int before)
    {
        for (int i = 0; i < before; i++)
            if (units[i].F.Byline)
            {
                // "By AFP     1 hour ago in World": the name ends where the layout's spacing starts.
                var name = units[i].Text.AsSpan(3);
                int cut = name.IndexOfAny("|\t");
                int gap = name.IndexOf("  ", StringComparison.Ordinal);
                if (gap >= 0 && (cut < 0 || gap < cut)) cut = gap;
                return Whitespace.Collapse((cut >= 0 ? name[..cut] : name).ToString());
            }
        return null;
    }

    /// <summary>
    /// Kept units joined: a blank line between paragraphs; where the page itself set two kept lines
    /// in one block (a wrapped paragraph in a page that separates paragraphs by blank lines), a newline.
    /// </summary>
    private static string Join(List<Unit> units, string[] lines, int start, int end)
    {
        int blank = 0, nonBlank = 0;
        foreach (var l in lines)
            if (string.IsNullOrWhiteSpace(l)) blank++; else nonBlank++;
        bool blankSeparated = blank * 3 >= nonBlank;
        var sb = new StringBuilder();
        Unit? prev = null;
        for (int i = start; i <= end; i++)
        {
            var u = units[i];
            if (!u.Keep) { prev = null; continue; }
            if (sb.Length > 0) sb.Append(blankSeparated && prev != null && prev.LastLine + 1 == u.FirstLine ? "\n" : "\n\n");
            sb.Append(u.Text);
            prev = u;
        }
        return sb.ToString();
    }

    /// <summary>A date stamped before the first words of the page ("date 2023-12-20 Egypt has ...") is taken and removed.</summary>
    private static PartialDate? TakeLeadingDate(string[] lines)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            var m = LeadingDate().Match(lines[i]);
            if (!m.Success || DateText.ParseMachine(m.Groups["date"].Value) is not { } date) return null;
            lines[i] = lines[i][m.Length..];
            return date;
        }
        return null;
    }

    [GeneratedRegex(@"^\s*(?:(?:date|published|posted)\s*:?\s*)?(?<date>(?:19|20)\d\d-[01]\d-[0-3]\d)(?:[T ][0-9:.+\-Z]+)?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingDate();

    [GeneratedRegex(@"\b(?:we|We|our|Our|us)\b")]
    private static partial Regex WePronoun();
}
