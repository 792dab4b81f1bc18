using Microsoft.Extensions.Options;
using Werkstatt.Service.Demo;
using Werkstatt.Service.Hosting;
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
                await response.WriteAsJsonAsync(new { title = response.StatusCode == 404 ? "Nicht gefunden" : "Fehler", status = response.StatusCode });
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

    /// <summary>Applies migrations, creates roles and, in the default run, the demo network; prints the demo logins.</summary>
    public static async Task InitializeWerkstattAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var logins = await DatabaseInitializer.InitializeAsync(app.Services, seedDemo: true);
        if (logins.Count > 0)
        {
            var password = app.Services.GetRequiredService<IOptions<DemoOptions>>().Value.Password;
            Console.WriteLine();
            Console.WriteLine("Demo-Zugänge (Passwort für alle: " + password + "):");
            foreach (var login in logins)
            {
                Console.WriteLine($"  {login.Role,-20} {login.Email,-40} {login.Who}");
            }

            Console.WriteLine("Demo abschalten: Demo__Enabled=false");
            Console.WriteLine();
        }
    }
}
