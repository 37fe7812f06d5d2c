namespace Dyad.Server.Hosting;

/// <summary>
/// Reads a request body up to a limit. Kestrel enforces MaxRequestBodySize too; this check also holds
/// on hosts that do not (the test server) and answers 413 with a message instead of a reset.
/// </summary>
internal static class BoundedBody
{
    public static async Task<byte[]> Read(HttpRequest request, long limit)
    {
        if (request.ContentLength > limit) throw TooLarge(limit);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + n > limit) throw TooLarge(limit);
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    private static BadHttpRequestException TooLarge(long limit) =>
        new($"the body is over the limit of {limit:N0} bytes", StatusCodes.Status413PayloadTooLarge);
}
