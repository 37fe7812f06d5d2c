using System.Buffers;
using System.Text.Json;

namespace Dyad.Server.Api;

/// <summary>A response written with a Utf8JsonWriter, for bodies that reuse Dyad.Output's event writer.</summary>
internal sealed class JsonWriterResult(Action<Utf8JsonWriter> write) : IResult
{
    public async Task ExecuteAsync(HttpContext context)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        // The default encoder escapes <, > and & too, so JSON pasted into a page cannot close a tag.
        using (var w = new Utf8JsonWriter(buffer)) write(w);
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = buffer.WrittenCount;
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
    }
}
