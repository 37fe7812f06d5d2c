namespace Dyad.Core.Documents;

/// <summary>What the bytes of an input are.</summary>
public enum InputFormat
{
    /// <summary>A saved page or a plain article.</summary>
    Text,
    Html,
    /// <summary>One JSON record per line: id, text or html, published, url, title.</summary>
    JsonLines,
    /// <summary>Tokenized sentences in CoNLL-U.</summary>
    Conllu,

    /// <summary>Text that is already the article, such as a JSONL record's "text": nothing is removed from it.</summary>
    ArticleText,
}
