using Dyad.Core.Documents;

namespace Dyad.Input;

/// <summary>What reading yields for each input: a document, or the error that stopped it.</summary>
public readonly record struct InputItem(SourceDocument? Document, InputError? Error)
{
    public static InputItem Of(SourceDocument doc) => new(doc, null);
    public static InputItem Fail(string origin, string problem) => new(null, new InputError(origin, problem));
}
