using Werkstatt.Web.Api;

namespace Werkstatt.Web.Hosting;

/// <summary>The request pipeline and start-up work of the web app.</summary>
public static class WebApplicationExtensions
{
    public static WebApplication UseWerkstattWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseForwardedHeaders();
        app.UseExceptionHandler("/Fehler");
        app.UseStatusCodePages(async ctx =>
        {
            var response = ctx.HttpContext.Response;
            if (ctx.HttpContext.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && !response.HasStarted && response.ContentLength is null && response.ContentType is null)
            {
                response.ContentType = "application/problem+json";
                await response.WriteAsJsonAsync(new { title = response.StatusCode == 404 ? "Nicht gefunden" : "Fehler", status = response.StatusCode }, options: null, contentType: "application/problem+json");
            }
            else if (!response.HasStarted && response.ContentLength is null && response.ContentType is null && response.StatusCode is 404 or 400)
            {
                response.ContentType = "text/html; charset=utf-8";
                var title = response.StatusCode == 404 ? "Seite nicht gefunden" : "Ungültige Anfrage";
                await response.WriteAsync($"<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>{title} – Werkstatt</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head><body><main><h1>{title}</h1><p>Die angeforderte Seite gibt es nicht oder nicht mehr. <a href=\"/\">Zur Startseite</a></p></main></body></html>");
            }
        });
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapHealthChecks("/healthz");
        // The cheapest answer the pipeline can give (no database, no view): the load benchmark's yardstick for our own overhead.
        app.MapGet("/hallo", () => Results.Text("Hallo", "text/plain; charset=utf-8")).AllowAnonymous().ExcludeFromDescription();
        app.MapWerkstattApi();
        app.MapLiveModelling();
        app.MapRazorPages();
        return app;
    }
}
