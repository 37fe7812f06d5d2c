using Dyad.Storage;

namespace Dyad.Server.Hosting;

/// <summary>
/// Turns exceptions into short JSON errors. Stack traces and exception types stay in the server log:
/// they tell an attacker about the code and a user nothing they can act on.
/// </summary>
internal static class ErrorResponses
{
    public static IApplicationBuilder UseErrorResponses(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception e) when (!context.Response.HasStarted && e is not OperationCanceledException)
        {
            var (status, message) = e switch
            {
                // Bad parameters (an actor code that is not CAMEO, a date that is not a date) are the caller's to fix.
                BadHttpRequestException bad => (bad.StatusCode, bad.Message),
                ArgumentException bad => (StatusCodes.Status400BadRequest, bad.Message),
                // The store's messages say what to do and never hold a password.
                StoreException store => (StatusCodes.Status503ServiceUnavailable, store.Message),
                _ => (StatusCodes.Status500InternalServerError, "internal error; the server log has the details"),
            };
            if (status >= 500)
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Dyad.Server")
                    .LogError(e, "{Method} {Path} failed", context.Request.Method, context.Request.Path);
            context.Response.Clear();
            await Problem.Write(context, status, message).ConfigureAwait(false);
        }
    });
}
