using System.CommandLine;
using Dyad.Core.Documents;
using Dyad.Input;
using Dyad.Pipeline;
using Dyad.Text.Conllu;
using Dyad.Text.Models;
using Dyad.Text.Tokenization;

namespace Dyad.Cli.Commands;

/// <summary>`dyad parse`: tokenize, tag, lemmatize and parse text, or re-annotate CoNLL-U keeping its tokens.</summary>
public static class ParseCommand
{
    public static Command Create(CliContext ctx)
    {
        var inputs = new InputArguments();
        var output = new OutputTarget();
        var beam = ParserBeamOption.ForParsing();
        var cmd = new Command("parse", "Write CoNLL-U with UPOS, XPOS, lemma, head and relation for text or CoNLL-U input");
        inputs.AddTo(cmd);
        cmd.Options.Add(output.Path);
        cmd.Options.Add(beam);
        cmd.SetAction(r =>
        {
            var reader = new DocumentReader(inputs.Options(r), ctx.Stdin);
            var model = LanguageModel.LoadDefault();
            if (r.GetValue(beam) is int width) model = model.WithBeam(width);
            var errors = new ErrorReport(ctx.Err);
            using var sink = output.Open(r, ctx.Out);
            var writer = sink.Writer;
            var parsed = OrderedParallel.Map(reader.Read(inputs.PathsOf(r)), item => Parse(item, model), inputs.ThreadsOf(r));
            foreach (var (sentences, error) in parsed)
            {
                if (error is not null) { errors.Add(error); continue; }
                ConlluWriter.Write(writer, sentences!);
            }
            return errors.ExitCode;
        });
        return cmd;
    }

    private static (List<ConlluSentence>? Sentences, InputError? Error) Parse(InputItem item, LanguageModel model)
    {
        if (item.Error is { } e) return (null, e);
        var doc = item.Document!;
        try
        {
            var sentences = doc.Format == InputFormat.Conllu ? ConlluReader.Read(new StringReader(doc.Content)).ToList() : Split(doc);
            foreach (var s in sentences) model.Annotate(s);
            return (sentences, null);
        }
        catch (ConlluFormatException ex)
        {
            return (null, new InputError($"{doc.Origin}:{ex.LineNumber}", ex.Message));
        }
    }

    /// <summary>Raw text: the tokenizer and sentence splitter decide the sentences, each with its text and id.</summary>
    private static List<ConlluSentence> Split(SourceDocument doc)
    {
        var text = doc.Content;
        var tokens = Tokenizer.Tokenize(text);
        var starts = SentenceSplitter.Split(text, tokens);
        var sentences = new List<ConlluSentence>(starts.Count);
        for (int s = 0; s < starts.Count; s++)
        {
            int from = starts[s], to = s + 1 < starts.Count ? starts[s + 1] : tokens.Count;
            if (to <= from) continue;
            var forms = Enumerable.Range(from, to - from).Select(i => text[tokens[i].Start..tokens[i].End]);
            var words = ConlluSentence.FromForms(forms).Words;
            var sentenceText = text[tokens[from].Start..tokens[to - 1].End].ReplaceLineEndings(" ");
            sentences.Add(new ConlluSentence([$"# sent_id = {doc.Id}-{s + 1}", $"# text = {sentenceText}"], words, []));
        }
        return sentences;
    }
}
