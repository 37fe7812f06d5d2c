namespace Dyad.Coding.Patterns;

/// <summary>The lines of a tab-separated data file that carry data: blank lines and '#' comments skipped.</summary>
public static class DataLines
{
    /// <summary>Each data line with its origin ("file:line") for error messages, split into columns.</summary>
    public static IEnumerable<(string Origin, string[] Columns)> Read(TextReader reader, string name)
    {
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            yield return ($"{name}:{lineNumber}", line.Split('\t'));
        }
    }
}
