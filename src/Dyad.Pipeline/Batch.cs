using Dyad.Core.Documents;
using Dyad.Input;

namespace Dyad.Pipeline;

/// <summary>
/// Runs one function over a stream of inputs on several threads, keeping input order. A failure in
/// one document (bad input, or an unexpected exception) becomes that document's error; the batch goes on.
/// </summary>
public static class Batch
{
    public static IEnumerable<DocumentResult> Run(IEnumerable<InputItem> inputs, Func<SourceDocument, DocumentResult> process, int threads) =>
        OrderedParallel.Map(inputs, item => item.Error is { } error ? DocumentResult.Failed(error) : Guarded(item.Document!, process), threads);

    private static DocumentResult Guarded(SourceDocument doc, Func<SourceDocument, DocumentResult> process)
    {
        try
        {
            return process(doc);
        }
        catch (InputError e)
        {
            return DocumentResult.Failed(e);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug in a stage must not sink the batch, but it must be visible: name the exception type.
            return DocumentResult.Failed(new InputError(doc.Origin, $"could not be processed ({e.GetType().Name}: {e.Message})"));
        }
    }
}
