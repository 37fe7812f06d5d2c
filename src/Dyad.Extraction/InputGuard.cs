using Dyad.Core.Documents;

namespace Dyad.Extraction;

/// <summary>Refuses content that is not text before any parser spends time on it.</summary>
internal static class InputGuard
{
    /// <summary>How much of the start of a document is sampled to decide if it is text.</summary>
    private const int Sample = 8192;

    public static void Check(SourceDocument doc)
    {
        var head = doc.Content.AsSpan(0, Math.Min(doc.Content.Length, Sample));
        int control = 0;
        foreach (char c in head)
        {
            // NUL never occurs in text; other C0 controls and U+FFFD (undecodable bytes) only rarely.
            if (c == '\0') throw new InputError(doc.Origin, "binary content (NUL bytes), not text or HTML");
            if ((c < ' ' && c is not ('\n' or '\r' or '\t' or '\f')) || c == '\uFFFD') control++;
        }
        if (head.Length > 0 && control > head.Length / 20)
            throw new InputError(doc.Origin, "binary content (control characters or undecodable bytes), not text or HTML");
    }
}
