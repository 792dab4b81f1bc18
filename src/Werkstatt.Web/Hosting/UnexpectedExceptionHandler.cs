using Microsoft.AspNetCore.Diagnostics;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Web.Hosting;

/// <summary>
/// The one handler for exceptions: malformed requests become a German 400 problem; anything unexpected is logged and
/// answered without details (problem+json for the API, the error page for people). A database that cannot be reached
/// (restart, failover) is not a bug: 503 with Retry-After and a German message, logged as a warning.
/// </summary>
public sealed partial class UnexpectedExceptionHandler(ILogger<UnexpectedExceptionHandler> logger, IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        // The middleware has already pointed the request at the error page (/Fehler); what was asked for is in the feature.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value;
        var isApi = new PathString(path).StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
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

        if (DatabaseUnavailable.Is(exception))
        {
            LogDatabaseUnavailable(logger, httpContext.Request.Method, path ?? string.Empty, exception.GetBaseException().Message);
            return await DatabaseUnavailableResponse.WriteAsync(httpContext, isApi, problems);
        }

        LogUnexpected(logger, exception, httpContext.Request.Method, path ?? string.Empty);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable on {Method} {Path}: {Reason}; answered 503")]
    private static partial void LogDatabaseUnavailable(ILogger logger, string method, string path, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error on {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, string path);
}
