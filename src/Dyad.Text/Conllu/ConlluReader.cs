using System.Globalization;

namespace Dyad.Text.Conllu;

/// <summary>Streams sentences from CoNLL-U text, validating each line; tokenization is kept exactly as given.</summary>
public static class ConlluReader
{
    public static IEnumerable<ConlluSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        foreach (var sentence in Read(reader))
        {
            yield return sentence;
        }
    }

    public static IEnumerable<ConlluSentence> Read(TextReader reader)
    {
        var comments = new List<string>();
        var words = new List<ConlluWord>();
        var extra = new List<ConlluExtraLine>();
        int lineNumber = 0;
        int sentenceStart = 1;
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            lineNumber++;
            if (line.Length == 0 || string.IsNullOrWhiteSpace(line))
            {
                if (words.Count > 0)
                {
                    yield return Finish(comments, words, extra, sentenceStart);
                    comments = [];
                    words = [];
                    extra = [];
                }
                else if (comments.Count > 0 || extra.Count > 0)
                {
                    throw new ConlluFormatException(lineNumber, "sentence has no words");
                }
                sentenceStart = lineNumber + 1;
                continue;
            }
            if (line[0] == '#')
            {
                if (words.Count > 0 || extra.Count > 0)
                {
                    throw new ConlluFormatException(lineNumber, "comment inside a sentence");
                }
                comments.Add(line);
                continue;
            }
            var cols = line.Split('\t');
            if (cols.Length != 10)
            {
                throw new ConlluFormatException(lineNumber, $"expected 10 tab-separated columns, found {cols.Length}");
            }
            string id = cols[0];
            if (id.Contains('-') || id.Contains('.'))
            {
                ValidateSpecialId(id, lineNumber);
                extra.Add(new ConlluExtraLine(words.Count, line));
                continue;
            }
            if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n != words.Count + 1)
            {
                throw new ConlluFormatException(lineNumber, $"word ID '{id}' should be {words.Count + 1}");
            }
            int head = -1;
            if (cols[6] != "_" && !int.TryParse(cols[6], NumberStyles.None, CultureInfo.InvariantCulture, out head))
            {
                throw new ConlluFormatException(lineNumber, $"HEAD '{cols[6]}' is not a number");
            }
            if (cols[1].Length == 0)
            {
                throw new ConlluFormatException(lineNumber, "empty FORM");
            }
            words.Add(new ConlluWord
            {
                Id = n, Form = cols[1], Lemma = cols[2], Upos = cols[3], Xpos = cols[4], Feats = cols[5],
                Head = head, Deprel = cols[7], Deps = cols[8], Misc = cols[9],
            });
        }
        if (words.Count > 0)
        {
            yield return Finish(comments, words, extra, sentenceStart);
        }
        else if (comments.Count > 0 || extra.Count > 0)
        {
            throw new ConlluFormatException(lineNumber, "sentence has no words");
        }
    }

    private static ConlluSentence Finish(List<string> comments, List<ConlluWord> words, List<ConlluExtraLine> extra, int firstLine)
    {
        foreach (var w in words)
        {
            if (w.Head > words.Count)
            {
                throw new ConlluFormatException(firstLine, $"sentence starting here: word {w.Id} has HEAD {w.Head} beyond its {words.Count} words");
            }
        }
        return new ConlluSentence(comments, words, extra);
    }

    private static void ValidateSpecialId(string id, int lineNumber)
    {
        char sep = id.Contains('-') ? '-' : '.';
        var parts = id.Split(sep);
        if (parts.Length != 2 || !parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit)))
        {
            throw new ConlluFormatException(lineNumber, $"malformed ID '{id}'");
        }
    }
}
