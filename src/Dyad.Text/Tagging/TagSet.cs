namespace Dyad.Text.Tagging;

/// <summary>The tagger's classes: (UPOS, XPOS) pairs seen in training, with interned strings for output.</summary>
internal sealed class TagSet
{
    private readonly Dictionary<(string Upos, string Xpos), int> _ids = [];
    private readonly List<string> _upos = [];
    private readonly List<string> _xpos = [];

    public int Count => _upos.Count;

    public string Upos(int tag) => _upos[tag];

    public string Xpos(int tag) => _xpos[tag];

    public bool IsPunct(int tag) => _upos[tag] == "PUNCT";

    public int GetOrAdd(string upos, string xpos)
    {
        if (!_ids.TryGetValue((upos, xpos), out int id))
        {
            id = _upos.Count;
            _ids.Add((upos, xpos), id);
            _upos.Add(string.Intern(upos));
            _xpos.Add(string.Intern(xpos));
        }
        return id;
    }

    public bool TryGet(string upos, string xpos, out int id) => _ids.TryGetValue((upos, xpos), out id);
}
