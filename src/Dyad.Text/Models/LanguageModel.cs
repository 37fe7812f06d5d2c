using Dyad.Text.Conllu;
using Dyad.Text.Lemmatization;
using Dyad.Text.Parsing;
using Dyad.Text.Parsing.Internals;
using Dyad.Text.Tagging;

namespace Dyad.Text.Models;

/// <summary>
/// The trained English model: tagger (with its word clusters), guide parser, parser and lemmatizer in one versioned file. Instances are
/// immutable and thread-safe; per-thread scratch buffers make annotation allocation-light.
/// </summary>
public sealed class LanguageModel
{
    /// <summary>Logical name of the model embedded in Dyad.Text and its file name under data/models/.</summary>
    public const string DefaultName = "dyad-en-ewt-4.model";

    private static readonly Lazy<LanguageModel> Default = new(LoadEmbedded);

    private readonly ThreadLocal<Workspace> _workspace;

    internal LanguageModel(PosTagger tagger, DependencyParser? guide, DependencyParser parser, Lemmatizer lemmatizer)
    {
        if (guide is not null && (guide.BeamWidth != 1 || guide.Labels.Length != parser.Labels.Length)) throw new ArgumentException("The guide parser must be greedy and share the parser's relations.", nameof(guide));
        Tagger = tagger;
        Guide = guide;
        Parser = parser;
        Lemmatizer = lemmatizer;
        _workspace = new(() => new Workspace(parser, guide));
    }

    internal PosTagger Tagger { get; }

    /// <summary>A greedy parser of sentences read right to left whose tree guides <see cref="Parser"/>, or null.</summary>
    internal DependencyParser? Guide { get; }

    internal DependencyParser Parser { get; }

    public Lemmatizer Lemmatizer { get; }

    /// <summary>The beam width the parser decodes with (the width it was trained with, unless changed by <see cref="WithBeam"/>).</summary>
    public int BeamWidth => Parser.BeamWidth;

    /// <summary>
    /// The same model decoding with another beam width, sharing its weights: narrower is faster and
    /// a little less accurate (docs/parser.md gives the figures for each width).
    /// </summary>
    public LanguageModel WithBeam(int width) => width == Parser.BeamWidth ? this : new(Tagger, Guide, Parser.WithBeam(width), Lemmatizer);

    /// <summary>The dependency relations the parser can output (UD, with EWT's subtypes).</summary>
    public IReadOnlyList<string> Relations => Parser.Labels;

    /// <summary>The model shipped inside Dyad.Text, loaded once per process.</summary>
    public static LanguageModel LoadDefault() => Default.Value;

    public static LanguageModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    public static LanguageModel Load(Stream stream)
    {
        using var r = ModelFormat.OpenRead(stream);
        var tags = new TagSet();
        string[] upos = ModelFormat.ReadStrings(r);
        string[] xpos = ModelFormat.ReadStrings(r);
        for (int i = 0; i < upos.Length; i++)
        {
            tags.GetOrAdd(upos[i], xpos[i]);
        }
        int classCount = r.ReadInt32();
        var classes = new Dictionary<ulong, ulong>(classCount);
        for (int i = 0; i < classCount; i++)
        {
            classes[r.ReadUInt64()] = r.ReadUInt64();
        }
        int allowedCount = r.ReadInt32();
        var allowed = new Dictionary<ulong, UInt128>(allowedCount);
        for (int i = 0; i < allowedCount; i++)
        {
            ulong word = r.ReadUInt64();
            allowed[word] = new UInt128(r.ReadUInt64(), r.ReadUInt64());
        }
        int clusterCount = r.ReadInt32();
        var clusters = new Dictionary<ulong, uint>(clusterCount);
        for (int i = 0; i < clusterCount; i++)
        {
            clusters[r.ReadUInt64()] = r.ReadUInt32();
        }
        var tagger = new PosTagger(tags, new TagDictionary(classes, allowed), new WordClusters(clusters), ModelFormat.ReadWeights(r));
        string[] labels = ModelFormat.ReadStrings(r);
        var guide = r.ReadBoolean() ? new DependencyParser(labels, ModelFormat.ReadWeights(r), 1) : null;
        var parser = new DependencyParser(labels, ModelFormat.ReadWeights(r), r.ReadInt32());
        int exceptionCount = r.ReadInt32();
        var exceptions = new Dictionary<(string, string), string>(exceptionCount);
        for (int i = 0; i < exceptionCount; i++)
        {
            string form = r.ReadString();
            string pos = string.Intern(r.ReadString());
            exceptions[(form, pos)] = string.Intern(r.ReadString());
        }
        return new LanguageModel(tagger, guide, parser, new Lemmatizer(exceptions));
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var stream = File.Create(path);
        using var w = ModelFormat.OpenWrite(stream);
        var tags = Tagger.Tags;
        ModelFormat.WriteStrings(w, Enumerable.Range(0, tags.Count).Select(tags.Upos).ToList());
        ModelFormat.WriteStrings(w, Enumerable.Range(0, tags.Count).Select(tags.Xpos).ToList());
        w.Write(Tagger.Dictionary.Classes.Count);
        foreach (var (word, cls) in Tagger.Dictionary.Classes.OrderBy(c => c.Key))
        {
            w.Write(word);
            w.Write(cls);
        }
        w.Write(Tagger.Dictionary.Allowed.Count);
        foreach (var (word, mask) in Tagger.Dictionary.Allowed.OrderBy(c => c.Key))
        {
            w.Write(word);
            w.Write((ulong)(mask >> 64));
            w.Write((ulong)mask);
        }
        w.Write(Tagger.Clusters.Packed.Count);
        foreach (var (word, packed) in Tagger.Clusters.Packed.OrderBy(c => c.Key))
        {
            w.Write(word);
            w.Write(packed);
        }
        ModelFormat.WriteWeights(w, Tagger.Weights);
        ModelFormat.WriteStrings(w, Parser.Labels);
        w.Write(Guide is not null);
        if (Guide is not null) ModelFormat.WriteWeights(w, Guide.Weights);
        ModelFormat.WriteWeights(w, Parser.Weights);
        w.Write(Parser.BeamWidth);
        w.Write(Lemmatizer.Exceptions.Count);
        foreach (var ((form, pos), lemma) in Lemmatizer.Exceptions.OrderBy(e => e.Key.Form, StringComparer.Ordinal).ThenBy(e => e.Key.Upos, StringComparer.Ordinal))
        {
            w.Write(form);
            w.Write(pos);
            w.Write(lemma);
        }
    }

    /// <summary>Fills UPOS, XPOS, lemma, head and relation of every word, keeping the given tokenization.</summary>
    public void Annotate(ConlluSentence sentence)
    {
        int n = sentence.Words.Count;
        var forms = new string[n];
        for (int i = 0; i < n; i++)
        {
            forms[i] = sentence.Words[i].Form;
        }
        var result = new SentenceParse(n);
        Annotate(forms, result);
        for (int i = 0; i < n; i++)
        {
            var w = sentence.Words[i];
            w.Upos = result.Upos[i];
            w.Xpos = result.Xpos[i];
            w.Lemma = result.Lemmas[i];
            w.Head = result.Heads[i] + 1;
            w.Deprel = result.Relations[i];
        }
    }

    /// <summary>Tags, lemmatizes and parses one sentence of forms; heads in the result are 0-based, −1 for the root.</summary>
    internal void Annotate(ReadOnlySpan<string> forms, SentenceParse result)
    {
        int n = forms.Length;
        var ws = _workspace.Value!;
        ws.Ensure(n);
        for (int i = 0; i < n; i++)
        {
            ws.Atoms[i] = WordAtoms.Of(forms[i]);
        }
        var tags = ws.Tags.AsSpan(0, n);
        Tagger.Tag(ws.Atoms.AsSpan(0, n), tags);
        for (int i = 0; i < n; i++)
        {
            ws.IsPunct[i + 1] = Tagger.Tags.IsPunct(tags[i]);
        }
        ws.Input.Set(ws.Atoms.AsSpan(0, n), tags);
        ws.Guide?.Guide(ws.Input, ws.IsPunct);
        Parser.Parse(ws.Search, ws.Input, ws.Heads, ws.Labels, ws.IsPunct);
        int root = MainVerbMissed(forms, tags, ws.Heads, ws.Labels);
        if (root >= 0 && Tagger.Tags.TryGet("VERB", "VBD", out int past))
        {
            // The verb's new tag changes what both parsers read.
            tags[root] = past;
            ws.Input.Set(ws.Atoms.AsSpan(0, n), tags);
            ws.Guide?.Guide(ws.Input, ws.IsPunct);
        }
        else root = PunctuationRoot(n, ws.Heads, ws.IsPunct);
        if (root >= 0)
        {
            ws.Input.ForcedRoot = root + 1;
            Parser.Parse(ws.Search, ws.Input, ws.Heads, ws.Labels, ws.IsPunct);
        }
        for (int i = 0; i < n; i++)
        {
            string upos = Tagger.Tags.Upos(tags[i]);
            string xpos = Tagger.Tags.Xpos(tags[i]);
            result.Upos[i] = upos;
            result.Xpos[i] = xpos;
            result.Lemmas[i] = Lemmatizer.Lemmatize(forms[i], upos, xpos);
            result.Heads[i] = ws.Heads[i + 1] - 1;
            result.Relations[i] = Parser.Labels[ws.Labels[i + 1]];
        }
    }

    /// <summary>
    /// A punctuation mark at the root of a sentence that has words ("A guy named Joe from Texas." with the noun hung
    /// on the full stop): UD never makes punctuation the root, so the word heading the most of the rest is parsed
    /// again as the root. Returns that word (0-based) or -1.
    /// </summary>
    private static int PunctuationRoot(int n, int[] heads, bool[] isPunct)
    {
        int root = Array.IndexOf(heads, 0, 1, n);
        if (root < 0 || !isPunct[root]) return -1;
        // Each word counts for the root's dependent it hangs under.
        Span<int> size = n <= 256 ? stackalloc int[n + 1] : new int[n + 1];
        size.Clear();
        for (int k = 1; k <= n; k++)
        {
            int a = k;
            while (a > 0 && heads[a] != root) a = heads[a];
            if (a > 0) size[a]++;
        }
        int best = -1;
        for (int c = 1; c <= n; c++)
            if (heads[c] == root && !isPunct[c] && (best < 0 ? size[c] > 0 : size[c] > size[best])) best = c;
        return best < 0 ? -1 : best - 1;
    }

    /// <summary>A base-form verb marked by "to": the head of a purpose or complement clause, never a sentence's own verb.</summary>
    private bool Infinitive(int word, ReadOnlySpan<string> forms, ReadOnlySpan<int> tags, int[] heads, int[] labels)
    {
        if (Tagger.Tags.Xpos(tags[word]) != "VB") return false;
        for (int k = 1; k < word + 1; k++)
            if (heads[k] == word + 1 && Parser.Labels[labels[k]] == "mark" && forms[k - 1].Equals("to", StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// A full sentence parsed as a noun phrase: "Israeli army bulldozers demolished Palestinian homes." with
    /// "demolished" read as an adjective, or "Yeltsin hosted Hashimoto." with "hosted" as a modifier. News
    /// English has more such sentences than the web text the parser learned from, also before a closing
    /// attribution ("..., Palestinian officials said.", where the report, not "said", is the root in UD).
    /// Returns the word (0-based) that is the main verb, to be parsed again as the root, or -1: a past-tense
    /// verb that heads no clause of its own, else a verb-like "-ed" word between a noun and what could be its object.
    /// </summary>
    private int MainVerbMissed(ReadOnlySpan<string> forms, ReadOnlySpan<int> tags, int[] heads, int[] labels)
    {
        int n = forms.Length;
        if (n < 4 || forms[^1] is not ("." or "!")) return -1;
        int root = -1;
        for (int i = 1; i <= n; i++)
            if (heads[i] == 0) root = i - 1;
        if (root < 0) return -1;
        // A noun, a punctuation mark, an "-ed" adjective ("guerrillas wounded two soldiers") or an infinitive with "to"
        // ("X demanded parties to allow ...") at the root: nothing was read as the sentence's verb.
        string rootTag = Tagger.Tags.Upos(tags[root]);
        bool noVerb = rootTag is "NOUN" or "PROPN" or "PUNCT" || rootTag == "ADJ" && forms[root].EndsWith("ed", StringComparison.OrdinalIgnoreCase)
            || Infinitive(root, forms, tags, heads, labels);
        int end = noVerb ? n - 1 : AttributionComma(forms, tags, root, heads);
        if (end < 0) return -1;
        // "That was the name": a predicate noun with its copula is a sentence already.
        for (int k = 1; k <= n; k++)
            if (heads[k] == root + 1 && Parser.Labels[labels[k]] == "cop") return -1;
        // A closing "..., officials said" is the verb only where the report has none of its own.
        int attribution = -1;
        for (int i = 1; i < end; i++)
        {
            if (Tagger.Tags.Upos(tags[i]) != "VERB" || !(Tagger.Tags.Xpos(tags[i]) == "VBD" || Perfect(i, forms, heads) || AfterAppositive(i, forms, tags, heads, labels))
                || HeadsAClause(i + 1, forms, tags, heads, labels)) continue;
            if (!ClosesAttribution(forms, i)) return i;
            if (attribution < 0) attribution = i;
        }
        for (int i = 1; i < end - 1; i++)
        {
            if (Tagger.Tags.Upos(tags[i - 1]) is not ("NOUN" or "PROPN")) continue;
            string next = Tagger.Tags.Upos(tags[i + 1]);
            if (Tagger.Tags.Xpos(tags[i]) is "JJ" or "VBN" && forms[i].EndsWith("ed", StringComparison.OrdinalIgnoreCase))
            {
                // "Palestinian youths resorted to throwing stones": a "to" phrase completes a verb as an object does.
                if (next is not ("DET" or "ADJ" or "NOUN" or "PROPN" or "NUM") && !forms[i + 1].Equals("to", StringComparison.OrdinalIgnoreCase)) continue;
            }
            // "China's coast guard shot a water cannon" with "shot" a noun: an irregular past form, before an object
            // that starts with a determiner, number or adjective ("a gunshot wound to the chest" stays a noun phrase).
            else if (next is not ("DET" or "ADJ" or "NUM") || !IrregularPast(forms[i], tags[i])) continue;
            var lemma = Lemmatizer.VerbLemma(forms[i].ToLowerInvariant(), "VBD");
            // Naming verbs keep a noun after them in a reduced relative: "a guy named Joe" is a noun phrase.
            if (VerbLexicon.Contains(lemma) && !NewsWords.NamingVerbs.Contains(lemma)) return i;
        }
        return attribution;
    }

    /// <summary>An irregular past form the tagger read as a noun or adjective ("shot", "fought", "took").</summary>
    private bool IrregularPast(string form, int tag)
    {
        if (Tagger.Tags.Upos(tag) is not ("NOUN" or "ADJ")) return false;
        var lower = form.ToLowerInvariant();
        return !lower.EndsWith("ing", StringComparison.Ordinal) && VerbLexicon.IrregularLemma(lower) is { } lemma && lemma != lower;
    }

    /// <summary>"..., officials said (on Thursday).": a reporting verb among the last words of the sentence.</summary>
    private static bool ClosesAttribution(ReadOnlySpan<string> forms, int i) => ReportingVerbs.Contains(forms[i]) && i >= forms.Length - 5;

    /// <summary>
    /// "Bulldozers demolished homes, officials said (on Thursday).": where the root is a closing "said" with no verb among its
    /// dependents before the comma (the report was read as a noun phrase), the comma before the attribution
    /// (0-based); otherwise -1.
    /// </summary>
    private int AttributionComma(ReadOnlySpan<string> forms, ReadOnlySpan<int> tags, int root, int[] heads)
    {
        if (!ClosesAttribution(forms, root)) return -1;
        int comma = root - 1;
        while (comma > 0 && forms[comma] != ",") comma--;
        if (comma < 2) return -1;
        for (int k = 1; k <= comma; k++)
            if (heads[k] == root + 1 && Tagger.Tags.Upos(tags[k - 1]) is "VERB" or "AUX") return -1;
        return comma;
    }

    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.OrdinalIgnoreCase)
        { "said", "told", "reported", "added", "stated", "announced", "confirmed", "claimed" };

    /// <summary>"The two sides have agreed": a participle with "have" is a finite verb.</summary>
    private static bool Perfect(int i, ReadOnlySpan<string> forms, int[] heads)
    {
        for (int k = 1; k <= forms.Length; k++)
            if (heads[k] == i + 1 && k - 1 < i && HaveForms.Contains(forms[k - 1])) return true;
        return false;
    }

    private static readonly HashSet<string> HaveForms = new(StringComparer.OrdinalIgnoreCase) { "have", "has", "had" };

    /// <summary>
    /// "Kenzo Oshima, the UN relief coordinator, demanded access": a participle right after the comma that closes an
    /// apposition is the sentence's verb, though tagged as a participle, when it was hung on the apposition with an
    /// object of its own or read as a modifier of the noun after it ("demanded parties to ...").
    /// </summary>
    private bool AfterAppositive(int i, ReadOnlySpan<string> forms, ReadOnlySpan<int> tags, int[] heads, int[] labels)
    {
        if (Tagger.Tags.Xpos(tags[i]) != "VBN" || forms[i - 1] != "," || heads[i + 1] <= 0) return false;
        if (Parser.Labels[labels[i + 1]] == "amod" && heads[i + 1] == i + 2)
        {
            for (int k = i - 1; k > 0; k = heads[k])
                if (Parser.Labels[labels[k]] == "appos") return true;
            return false;
        }
        if (Parser.Labels[labels[heads[i + 1]]] != "appos") return false;
        for (int k = 1; k <= forms.Length; k++)
            if (heads[k] == i + 1 && Parser.Labels[labels[k]] is "obj" or "ccomp") return true;
        return false;
    }

    /// <summary>True when the word (1-based) has its own subject or marker, or is a relative clause: a clause inside the noun phrase.</summary>
    /// <remarks>A day named as the subject, with "on" as the clause's marker ("Spain on Friday backed the plan" parsed as
    /// a clause "on Friday backed ..."), is a misparse of the sentence's own verb, not a clause.</remarks>
    private bool HeadsAClause(int word, ReadOnlySpan<string> forms, ReadOnlySpan<int> tags, int[] heads, int[] labels)
    {
        if (Parser.Labels[labels[word]] == "acl:relcl") return true;
        for (int k = 1; k <= forms.Length; k++)
        {
            if (heads[k] != word) continue;
            string label = Parser.Labels[labels[k]];
            if (label is "nsubj" or "nsubj:pass" && !NewsWords.Days.Contains(forms[k - 1]) || label == "mark" && Tagger.Tags.Upos(tags[k - 1]) != "ADP") return true;
        }
        return false;
    }

    private static LanguageModel LoadEmbedded()
    {
        using var stream = typeof(LanguageModel).Assembly.GetManifestResourceStream(DefaultName)
            ?? throw new InvalidOperationException($"The model '{DefaultName}' is not embedded in Dyad.Text; train it with 'dyad train-parser'.");
        return Load(stream);
    }

    /// <summary>Per-thread buffers sized to the longest sentence seen; parser arrays put the root at index 0.</summary>
    private sealed class Workspace(DependencyParser parser, DependencyParser? guide)
    {
        public readonly ReversedGuide? Guide = guide is null ? null : new(guide);
        public WordAtoms[] Atoms = [];
        public int[] Tags = [];
        public int[] Heads = [];
        public int[] Labels = [];
        public bool[] IsPunct = [];
        public readonly ParserInput Input = new();
        public readonly BeamSearch Search = parser.CreateSearch();

        public void Ensure(int n)
        {
            if (Atoms.Length < n + 1)
            {
                int size = Math.Max(n + 1, Atoms.Length * 2);
                Atoms = new WordAtoms[size];
                Tags = new int[size];
                Heads = new int[size];
                Labels = new int[size];
                IsPunct = new bool[size];
            }
        }
    }
}

/// <summary>Annotation of one sentence: parallel arrays, heads 0-based within the sentence, −1 for the root.</summary>
internal sealed class SentenceParse
{
    public SentenceParse(int n)
    {
        Upos = new string[n];
        Xpos = new string[n];
        Lemmas = new string[n];
        Heads = new int[n];
        Relations = new string[n];
    }

    public string[] Upos { get; }

    public string[] Xpos { get; }

    public string[] Lemmas { get; }

    public int[] Heads { get; }

    public string[] Relations { get; }
}
