namespace Dyad.Pipeline;

/// <summary>Paragraphs of an article are separated by blank lines; the coder keeps a date per paragraph.</summary>
public static class Paragraphs
{
    public static int[] StartsOf(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = text.IndexOf("\n\n", StringComparison.Ordinal); i >= 0; i = text.IndexOf("\n\n", i + 2, StringComparison.Ordinal))
            starts.Add(i + 2);
        return [.. starts];
    }

    public static int IndexOf(int[] starts, int offset)
    {
        int i = Array.BinarySearch(starts, offset);
        return i >= 0 ? i : ~i - 1;
    }
}
