using Dyad.Text.Conllu;
using Dyad.Text.Models;
using Dyad.Text.Tokenization;

namespace Dyad.Text;

/// <summary>
/// The front door of Dyad.Text: tokenizes, splits, tags, lemmatizes and parses text into an
/// <see cref="Analysis"/>. Thread-safe; create one and reuse it.
/// </summary>
public sealed class TextAnalyzer
{
    public TextAnalyzer(LanguageModel model)
    {
        Model = model;
    }

    public LanguageModel Model { get; }

    /// <summary>An analyzer over the model embedded in Dyad.Text.</summary>
    public static TextAnalyzer LoadDefault() => new(LanguageModel.LoadDefault());

    /// <summary>Analyses raw text; blank lines are hard sentence boundaries.</summary>
    public Analysis Analyze(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var sentenceStarts = SentenceSplitter.Split(text, tokens);
        var starts = new int[tokens.Count];
        var ends = new int[tokens.Count];
        var forms = new string[tokens.Count];
        for (int i = 0; i < tokens.Count; i++)
        {
            starts[i] = tokens[i].Start;
            ends[i] = tokens[i].End;
            forms[i] = text.Substring(tokens[i].Start, tokens[i].Length);
        }
        return Build(text, starts, ends, forms, sentenceStarts);
    }

    /// <summary>
    /// Analyses pre-tokenized sentences, keeping their tokenization; the document text is the forms
    /// joined by spaces, one sentence per line, and offsets index into it.
    /// </summary>
    public Analysis Analyze(IEnumerable<IReadOnlyList<string>> sentences)
    {
        var text = new System.Text.StringBuilder();
        var starts = new List<int>();
        var ends = new List<int>();
        var forms = new List<string>();
        var sentenceStarts = new List<int>();
        foreach (var sentence in sentences)
        {
            if (sentence.Count == 0)
            {
                continue;
            }
            sentenceStarts.Add(forms.Count);
            for (int i = 0; i < sentence.Count; i++)
            {
                starts.Add(text.Length);
                text.Append(sentence[i]);
                ends.Add(text.Length);
                forms.Add(sentence[i]);
                text.Append(i + 1 < sentence.Count ? ' ' : '\n');
            }
        }
        return Build(text.ToString(), [.. starts], [.. ends], [.. forms], sentenceStarts);
    }

    /// <summary>Analyses CoNLL-U sentences with their given tokenization (see <see cref="Analyze(IEnumerable{IReadOnlyList{string}})"/>).</summary>
    public Analysis Analyze(IEnumerable<ConlluSentence> sentences) =>
        Analyze(sentences.Select(s => (IReadOnlyList<string>)s.Words.Select(w => w.Form).ToArray()));

    private Analysis Build(string text, int[] starts, int[] ends, string[] forms, List<int> sentenceStarts)
    {
        int n = forms.Length;
        var lemmas = new string[n];
        var upos = new string[n];
        var xpos = new string[n];
        var heads = new int[n];
        var relations = new string[n];
        for (int s = 0; s < sentenceStarts.Count; s++)
        {
            int from = sentenceStarts[s];
            int to = s + 1 < sentenceStarts.Count ? sentenceStarts[s + 1] : n;
            var parse = new SentenceParse(to - from);
            Model.Annotate(forms.AsSpan(from, to - from), parse);
            parse.Upos.CopyTo(upos, from);
            parse.Xpos.CopyTo(xpos, from);
            parse.Lemmas.CopyTo(lemmas, from);
            parse.Relations.CopyTo(relations, from);
            for (int i = 0; i < to - from; i++)
            {
                heads[from + i] = parse.Heads[i] < 0 ? -1 : from + parse.Heads[i];
            }
        }
        return new Analysis(text, starts, ends, forms, lemmas, upos, xpos, heads, relations, [.. sentenceStarts]);
    }
}
