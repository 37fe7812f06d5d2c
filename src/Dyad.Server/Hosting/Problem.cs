namespace Dyad.Server.Hosting;

/// <summary>The one shape of every error the API returns: {"status": 400, "error": "what went wrong"}.</summary>
internal static class Problem
{
    public static Task Write(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new ErrorBody(status, message));
    }

    public static IResult Result(int status, string message) => Results.Json(new ErrorBody(status, message), statusCode: status);

    internal sealed record ErrorBody(int Status, string Error);
}
