using System.Text;

namespace Dyad.Extraction;

/// <summary>Whitespace handling shared by the HTML and text readers.</summary>
internal static class Whitespace
{
    /// <summary>Appends <paramref name="text"/> collapsing runs of whitespace to one space.</summary>
    public static void AppendCollapsed(StringBuilder sb, ReadOnlySpan<char> text)
    {
        bool space = sb.Length > 0 && char.IsWhiteSpace(sb[^1]);
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0' || c == '\u200B')
            {
                if (!space && sb.Length > 0) sb.Append(' ');
                space = true;
            }
            else
            {
                sb.Append(c);
                space = false;
            }
        }
    }

    /// <summary>The text with runs of whitespace collapsed and ends trimmed.</summary>
    public static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        AppendCollapsed(sb, text);
        return sb.ToString().Trim();
    }

    /// <summary>Characters of <paramref name="text"/> once whitespace runs are collapsed.</summary>
    public static int CollapsedLength(ReadOnlySpan<char> text, ref bool lastWasSpace)
    {
        int n = 0;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                if (!lastWasSpace) n++;
                lastWasSpace = true;
            }
            else
            {
                n++;
                lastWasSpace = false;
            }
        }
        return n;
    }
}
