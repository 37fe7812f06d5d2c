using Microsoft.Extensions.FileSystemGlobbing;

namespace Dyad.Input;

/// <summary>
/// Expands the paths given on the command line: a file stays itself, a folder becomes its files
/// (recursively, filtered by include and exclude globs, in ordinal order so runs are repeatable),
/// "-" is standard input, and a path that does not exist is kept so that reading reports it.
/// </summary>
public static class InputFiles
{
    public const string StandardInput = "-";

    public static IEnumerable<string> Expand(IEnumerable<string> paths, InputOptions options)
    {
        foreach (var path in paths)
        {
            if (path != StandardInput && Directory.Exists(path))
            {
                foreach (var file in InFolder(path, options)) yield return file;
            }
            else
            {
                yield return path;
            }
        }
    }

    private static IEnumerable<string> InFolder(string folder, InputOptions options)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        if (options.Include.Count == 0) matcher.AddInclude("**/*");
        else matcher.AddIncludePatterns(options.Include);
        matcher.AddExcludePatterns(options.Exclude);
        var files = matcher.GetResultsInFullPath(folder).ToList();
        files.Sort(StringComparer.Ordinal);
        return files.Select(f => Path.GetRelativePath(Environment.CurrentDirectory, f) is var rel && !rel.StartsWith("..", StringComparison.Ordinal) ? rel : f);
    }
}
