namespace Dyad.Extraction.Text;

/// <summary>The shape of one line of a saved page, measured once.</summary>
internal readonly record struct LineFeatures(
    int Words,
    /// <summary>Share of words that start lowercase: high in prose, low in menus and headlines.</summary>
    float LowerShare,
    /// <summary>Ends like a sentence: . ! ? … possibly followed by closing quotes or brackets.</summary>
    bool SentenceEnd,
    /// <summary>Starts with a list bullet (•, ·, ▪, ►, *, -, |).</summary>
    bool Bullet,
    /// <summary>Contains a " | " separator, the mark of a link row ("Listen | Print").</summary>
    bool Pipes,
    /// <summary>Ends with a short parenthetical and no sentence end after it: "(file photo)".</summary>
    bool CaptionTail,
    /// <summary>Wholly in parentheses, or starting with ©: a credit line.</summary>
    bool Credit,
    /// <summary>Starts with a short label and a colon ("Also Read: ...", "Facebook: @x") or ends with a colon.</summary>
    bool Label,
    /// <summary>Contains a URL or an @handle.</summary>
    bool Address,
    /// <summary>Starts with "By " and a capitalised name.</summary>
    bool Byline);
