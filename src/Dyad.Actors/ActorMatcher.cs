namespace Dyad.Actors;

/// <summary>
/// Finds dictionary names in a tokenized sentence: longest match first, left to right, without
/// overlaps. Names are kept in a trie keyed by case- and accent-folded tokens; each name then
/// checks case the way it is written: an acronym ("US", "AP") only matches itself, a capitalized
/// name ("Chad", "Nice") only a capitalized token, a lower-case noun ("troops") any case.
/// Matching allocates nothing per token.
/// </summary>
public sealed class ActorMatcher
{
    private const int MaxTokenLength = 128;
    private readonly Node _root = new();

    public ActorMatcher(ActorDictionary dictionary, Func<ActorEntry, bool>? include = null)
    {
        var byName = new Dictionary<string, (string[] Tokens, List<ActorEntry> Entries)>(StringComparer.Ordinal);
        foreach (var entry in dictionary.Entries)
        {
            if (include is not null && !include(entry)) continue;
            foreach (string name in entry.Names)
            foreach (string[] tokens in NameTokens.Variants(name))
            {
                string key = string.Join(' ', tokens);
                if (!byName.TryGetValue(key, out var slot)) byName[key] = slot = (tokens, []);
                if (!slot.Entries.Contains(entry)) slot.Entries.Add(entry);
            }
        }
        foreach (var (tokens, entries) in byName.Values)
        {
            var node = _root;
            foreach (string token in tokens) node = node.Child(token);
            (node.Names ??= []).Add(new Name(tokens, [.. entries.OrderBy(e => e.Kind)]));
        }
        _root.Freeze();
    }

    /// <summary>
    /// The names in <paramref name="tokens"/>. <paramref name="lemmas"/>, when given (same length),
    /// let "spokesmen" match through its lemma where only the singular is listed.
    /// </summary>
    public List<ActorMatch> Match(IReadOnlyList<string> tokens, IReadOnlyList<string>? lemmas = null)
    {
        if (lemmas is not null && lemmas.Count != tokens.Count) throw new ArgumentException("one lemma per token", nameof(lemmas));
        var matches = new List<ActorMatch>();
        Span<char> buffer = stackalloc char[MaxTokenLength];
        for (int start = 0; start < tokens.Count;)
        {
            var (length, name) = Longest(tokens, lemmas, start, buffer);
            if (name is null)
            {
                start++;
                continue;
            }
            matches.Add(new ActorMatch(start, length, name.Entries));
            start += length;
        }
        return matches;
    }

    private (int Length, Name? Name) Longest(IReadOnlyList<string> tokens, IReadOnlyList<string>? lemmas, int start, Span<char> buffer)
    {
        var node = _root;
        (int, Name?) best = (0, null);
        for (int i = start; i < tokens.Count; i++)
        {
            var next = node.Find(tokens[i], buffer) ?? (lemmas is null ? null : node.Find(lemmas[i], buffer));
            if (next is null) break;
            node = next;
            if (node.Names is null) continue;
            foreach (var name in node.Names)
            {
                if (!name.CaseFits(tokens, start)) continue;
                best = (i - start + 1, name);
                break;
            }
        }
        return best;
    }

    private sealed class Node
    {
        private Dictionary<string, Node>? _children;
        private Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        /// <summary>Names ending here, the strictest about case first.</summary>
        public List<Name>? Names;

        public Node Child(string token)
        {
            _children ??= new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
            if (!_children.TryGetValue(token, out var child)) _children[token] = child = new Node();
            return child;
        }

        public void Freeze()
        {
            Names?.Sort((a, b) => b.Strictness.CompareTo(a.Strictness));
            if (_children is null) return;
            _lookup = _children.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var child in _children.Values) child.Freeze();
        }

        public Node? Find(string token, Span<char> buffer)
        {
            if (_children is null || token.Length > buffer.Length) return null;
            ReadOnlySpan<char> key = TextFold.NeedsFolding(token) ? TextFold.Fold(token, buffer) : token;
            return _lookup.TryGetValue(key, out var child) ? child : null;
        }
    }

    private enum CaseRule { Any, Capitalized, Exact }

    private sealed class Name
    {
        private readonly string[] _tokens;
        private readonly CaseRule[] _rules;

        public Name(string[] tokens, ActorEntry[] entries)
        {
            _tokens = tokens;
            Entries = entries;
            _rules = [.. tokens.Select(RuleOf)];
            Strictness = _rules.Sum(r => (int)r);
        }

        public ActorEntry[] Entries { get; }

        public int Strictness { get; }

        public bool CaseFits(IReadOnlyList<string> text, int start)
        {
            for (int i = 0; i < _tokens.Length; i++)
            {
                string token = text[start + i];
                bool fits = _rules[i] switch
                {
                    CaseRule.Exact => SameLetters(_tokens[i], token),
                    CaseRule.Capitalized => char.IsUpper(token[0]),
                    _ => true,
                };
                if (!fits) return false;
            }
            return true;
        }

        private static bool SameLetters(string folded, string token)
        {
            if (folded.Length != token.Length) return false;
            for (int i = 0; i < token.Length; i++)
                if (TextFold.Fold(token[i]) != folded[i]) return false;
            return true;
        }

        /// <summary>
        /// Two or more capitals and no small letters make an acronym ("US", "U.S.", "RFE/RL"), which
        /// must match exactly so "us" and "Us" stay words; an initial capital asks for one in the text.
        /// </summary>
        private static CaseRule RuleOf(string token)
        {
            int upper = token.Count(char.IsUpper);
            if (upper >= 2 && !token.Any(char.IsLower)) return CaseRule.Exact;
            return char.IsUpper(token[0]) ? CaseRule.Capitalized : CaseRule.Any;
        }
    }
}
