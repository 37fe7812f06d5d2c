using Dyad.Coding.Actors;
using Dyad.Coding.Engine;
using Dyad.Coding.Grammar;
using Dyad.Core.Actors;

namespace Dyad.Coding.Tests;

/// <summary>
/// Builds hand-parsed sentences for engine tests, so the coder is tested apart from the parser.
/// Each token is "form/lemma/UPOS/head/relation" with 1-based heads (0 = root), as in CoNLL-U.
/// </summary>
internal sealed class GraphBuilder
{
    private readonly List<CodingInput> _sentences = [];
    private readonly System.Text.StringBuilder _text = new();

    public string Text => _text.ToString();

    public IReadOnlyList<CodingInput> Sentences => _sentences;

    /// <summary>
    /// Adds a sentence; <paramref name="actors"/> are (first token, last token, code, kind), 1-based; roles (token, role);
    /// <paramref name="placeCountries"/> (token, country) for a capital that is also a place.
    /// </summary>
    public GraphBuilder Add(string tokens, (int First, int Last, string Code, MentionKind Kind)[] actors, (int Token, string Role)[]? roles = null, int paragraph = 0,
        (int Token, string Country)[]? placeCountries = null)
    {
        if (_text.Length > 0) _text.Append(' ');
        int offset = _text.Length;
        var parts = tokens.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => t.Split('/')).ToArray();
        int n = parts.Length;
        var (starts, ends) = (new int[n], new int[n]);
        for (int i = 0; i < n; i++)
        {
            if (i > 0) _text.Append(' ');
            starts[i] = _text.Length;
            _text.Append(parts[i][0]);
            ends[i] = _text.Length;
        }
        var g = new SentenceGraph
        {
            Text = _text.ToString(offset, _text.Length - offset),
            Offset = offset,
            Forms = parts.Select(p => p[0]).ToArray(),
            Lemmas = parts.Select(p => p[1]).ToArray(),
            Upos = parts.Select(p => p[2]).ToArray(),
            Heads = parts.Select(p => int.Parse(p[3]) - 1).ToArray(),
            Relations = parts.Select(p => p[4]).ToArray(),
            Starts = starts,
            Ends = ends,
        };
        var roleArray = new string?[n];
        foreach (var (t, r) in roles ?? []) roleArray[t - 1] = r;
        var spans = actors.Select(a => new ActorSpan(a.First - 1, a.Last - 1, new ActorCode(a.Code), a.Code, a.Kind)
        {
            PlaceCountry = placeCountries?.FirstOrDefault(p => p.Token == a.First) is { Country: { } country } ? new ActorCode(country) : null,
        }).ToList();
        _sentences.Add(new CodingInput(g, new SentenceActors(n, spans, roleArray, new bool[n]), paragraph));
        return this;
    }
}
