using Dyad.Text.Conllu;
using Dyad.Text.Parsing.Internals;
using Dyad.Text.Tagging;

namespace Dyad.Text.Training;

/// <summary>A treebank sentence prepared for training: word atoms, gold tag ids and a projective gold tree (index 0 = root).</summary>
internal sealed class TreebankSentence
{
    public TreebankSentence(ConlluSentence source, TagSet tags, Dictionary<string, int> labels, bool grow)
    {
        Source = source;
        int n = source.Words.Count;
        Atoms = new WordAtoms[n];
        GoldTags = new int[n];
        Heads = new int[n + 1];
        Labels = new int[n + 1];
        Heads[0] = -1;
        Labels[0] = -1;
        for (int i = 0; i < n; i++)
        {
            var w = source.Words[i];
            Atoms[i] = WordAtoms.Of(w.Form);
            GoldTags[i] = grow ? tags.GetOrAdd(w.Upos, w.Xpos) : tags.TryGet(w.Upos, w.Xpos, out int t) ? t : -1;
            Heads[i + 1] = w.Head;
            if (w.Head < 0)
            {
                throw new InvalidDataException($"Sentence {source.Comments.FirstOrDefault() ?? ""}: word {w.Id} has no HEAD; training needs a treebank.");
            }
            if (!labels.TryGetValue(w.Deprel, out int l))
            {
                l = grow ? labels[w.Deprel] = labels.Count : -1;
            }
            Labels[i + 1] = l;
        }
        Projectivizer.Projectivize(Heads);
    }

    public ConlluSentence Source { get; }

    public WordAtoms[] Atoms { get; }

    public int[] GoldTags { get; }

    /// <summary>Gold heads after projectivization; Heads[0] = −1.</summary>
    public int[] Heads { get; }

    public int[] Labels { get; }

    public int Count => Atoms.Length;
}
