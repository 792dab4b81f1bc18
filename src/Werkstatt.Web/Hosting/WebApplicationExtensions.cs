using Werkstatt.Web.Api;

namespace Werkstatt.Web.Hosting;

/// <summary>The request pipeline and start-up work of the web app.</summary>
public static class WebApplicationExtensions
{
    public static WebApplication UseWerkstattWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler("/Fehler");
        app.UseStatusCodePages(async ctx =>
        {
            var response = ctx.HttpContext.Response;
            if (ctx.HttpContext.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && !response.HasStarted && response.ContentLength is null && response.ContentType is null)
            {
                response.ContentType = "application/problem+json";
                await response.WriteAsJsonAsync(new { title = response.StatusCode == 404 ? "Nicht gefunden" : "Fehler", status = response.StatusCode }, options: null, contentType: "application/problem+json");
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
        app.MapWerkstattApi();
        app.MapRazorPages();
        return app;
    }
}
