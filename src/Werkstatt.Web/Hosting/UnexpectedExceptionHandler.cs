using Microsoft.AspNetCore.Diagnostics;

namespace Werkstatt.Web.Hosting;

/// <summary>
/// The one handler for exceptions: malformed requests become a German 400 problem; anything unexpected is logged and
/// answered without details (problem+json for the API, the error page for people).
/// </summary>
public sealed partial class UnexpectedExceptionHandler(ILogger<UnexpectedExceptionHandler> logger, IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var isApi = httpContext.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
        if (exception is BadHttpRequestException bad)
        {
            httpContext.Response.StatusCode = bad.StatusCode;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails =
                {
                    Status = bad.StatusCode,
                    Title = "Ungültige Anfrage",
                    Detail = bad.InnerException is System.Text.Json.JsonException
                        ? "Der Inhalt der Anfrage ist kein gültiges JSON oder passt nicht zum erwarteten Format."
                        : "Die Anfrage ist unvollständig oder fehlerhaft.",
                },
            });
        }

        LogUnexpected(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        if (!isApi)
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails =
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Interner Fehler",
                Detail = "Es ist ein unerwarteter Fehler aufgetreten. Er wurde protokolliert.",
            },
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error on {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, string path);
}
