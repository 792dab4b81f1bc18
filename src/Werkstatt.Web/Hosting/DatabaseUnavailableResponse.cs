using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Web.Hosting;

/// <summary>
/// The answer while the database cannot be reached: 503 with Retry-After, problem+json for the API and a self-contained
/// German page for people (no layout: rendering the layout would need the database again).
/// </summary>
public static class DatabaseUnavailableResponse
{
    public const string Title = "Vorübergehend nicht verfügbar";

    public static async ValueTask<bool> WriteAsync(HttpContext httpContext, bool isApi, IProblemDetailsService problems)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(problems);
        var response = httpContext.Response;
        if (response.HasStarted)
        {
            return false;
        }

        response.Clear();
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = ((int)DatabaseUnavailable.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        if (isApi)
        {
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails =
                {
                    Status = StatusCodes.Status503ServiceUnavailable,
                    Title = Title,
                    Detail = DatabaseUnavailable.Message,
                    Extensions = { ["code"] = "DatabaseUnavailable" },
                },
            });
        }

        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>{Title} – Werkstatt</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head>"
            + $"<body><main><h1>{Title}</h1><p>{DatabaseUnavailable.Message}</p><p><a href=\"{System.Net.WebUtility.HtmlEncode(httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? "/")}\">Erneut versuchen</a> · <a href=\"/\">Zur Startseite</a></p></main></body></html>");
        return true;
    }
}
