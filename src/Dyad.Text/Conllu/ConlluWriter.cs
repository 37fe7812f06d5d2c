using System.Globalization;

namespace Dyad.Text.Conllu;

/// <summary>Writes sentences back as CoNLL-U, re-inserting multiword-token and empty-node lines where they were.</summary>
public static class ConlluWriter
{
    public static void Write(TextWriter writer, IEnumerable<ConlluSentence> sentences)
    {
        foreach (var s in sentences)
        {
            Write(writer, s);
        }
    }

    public static void Write(TextWriter writer, ConlluSentence sentence)
    {
        foreach (string c in sentence.Comments)
        {
            writer.Write(c);
            writer.Write('\n');
        }
        int extra = 0;
        for (int i = 0; i <= sentence.Words.Count; i++)
        {
            while (extra < sentence.ExtraLines.Count && sentence.ExtraLines[extra].BeforeWord == i)
            {
                writer.Write(sentence.ExtraLines[extra++].Line);
                writer.Write('\n');
            }
            if (i < sentence.Words.Count)
            {
                WriteWord(writer, sentence.Words[i]);
            }
        }
        writer.Write('\n');
    }

    private static void WriteWord(TextWriter writer, ConlluWord w)
    {
        writer.Write(w.Id.ToString(CultureInfo.InvariantCulture));
        foreach (string col in (ReadOnlySpan<string>)[
            w.Form, w.Lemma, w.Upos, w.Xpos, w.Feats,
            w.Head < 0 ? "_" : w.Head.ToString(CultureInfo.InvariantCulture), w.Deprel, w.Deps, w.Misc])
        {
            writer.Write('\t');
            writer.Write(col);
        }
        writer.Write('\n');
    }
}
