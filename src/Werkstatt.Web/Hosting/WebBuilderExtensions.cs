using System.Globalization;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using Werkstatt.Service.Accounts;
using Werkstatt.Service.Hosting;
using Werkstatt.Service.Jobs;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Hosting;

/// <summary>Service registration of the web app.</summary>
public static class WebBuilderExtensions
{
    public const string LoginRateLimit = "login";

    public static WebApplicationBuilder AddWerkstattWeb(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        builder.Configuration.AddWerkstattSettingsFile();
        builder.Configuration.AddEnvironmentVariables();
        // First hosted service: migrations run before the key ring, the scheduler and the dispatcher start.
        services.AddHostedService<StartupInitializer>();
        services.AddWerkstattService(builder.Configuration);
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        AddProxySupport(services, builder.Configuration);

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<AppUser>().AddSignInManager();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Anmelden";
            o.LogoutPath = "/Abmelden";
            o.AccessDeniedPath = "/ZugriffVerweigert";
            o.Cookie.Name = "werkstatt.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            o.Events.OnRedirectToLogin = ctx => ApiAware(ctx, StatusCodes.Status401Unauthorized, "Bitte melden Sie sich an.");
            o.Events.OnRedirectToAccessDenied = ctx => ApiAware(ctx, StatusCodes.Status403Forbidden, "Dafür fehlt Ihnen die Berechtigung.");
        });
        services.AddAuthorization();
        services.AddHttpContextAccessor();
        services.AddScoped<ActorAccessor>();
        services.AddJobHostingInWeb(builder.Configuration);
        services.AddLiveModelling();

        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToPage("/Anmelden");
            o.Conventions.AllowAnonymousToPage("/Fehler");
            o.Conventions.AllowAnonymousToPage("/ZugriffVerweigert");
        }).AddMvcOptions(GermanModelBindingMessages.Apply);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<UnexpectedExceptionHandler>();
        services.AddOpenApi("v1");
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (ctx, ct) =>
            {
                ctx.HttpContext.Response.ContentType = "application/problem+json";
                await ctx.HttpContext.Response.WriteAsJsonAsync(
                    new { title = "Zu viele Anmeldeversuche", status = 429, detail = "Zu viele Anmeldeversuche. Bitte warten Sie eine Minute." },
                    options: null,
                    contentType: "application/problem+json",
                    cancellationToken: ct);
            };
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(ctx =>
            {
                if (!IsLoginAttempt(ctx.Request))
                {
                    return RateLimitPartition.GetNoLimiter("other");
                }

                var limit = ctx.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value.LoginAttemptsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    $"login:{ctx.Connection.RemoteIpAddress}",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });
        Api.CalendarFeedEndpoints.AddCalendarFeedRateLimit(services);
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var german = new CultureInfo("de-DE");
            o.DefaultRequestCulture = new RequestCulture(german);
            o.SupportedCultures = [german];
            o.SupportedUICultures = [german];
        });
        return builder;
    }

    // Behind nginx the client address (rate limit) and the scheme (secure cookie) come from X-Forwarded-*,
    // but only from proxies named in the configuration: anyone else could forge them.
    private static void AddProxySupport(IServiceCollection services, ConfigurationManager configuration)
    {
        var proxies = configuration.GetSection($"{ProxyOptions.SectionName}:{nameof(ProxyOptions.TrustedProxies)}").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
            foreach (var proxy in proxies)
            {
                if (!System.Net.IPAddress.TryParse(proxy, out var address))
                {
                    throw new InvalidOperationException($"Proxy:TrustedProxies enthält keine gültige IP-Adresse: „{proxy}“.");
                }

                o.KnownProxies.Add(address);
            }
        });
    }

    private static bool IsLoginAttempt(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (request.Path.Equals("/Anmelden", StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals("/api/v1/auth/login", StringComparison.OrdinalIgnoreCase));

    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status, string detail)
    {
        if (ctx.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || ctx.Request.Path.StartsWithSegments("/hubs", StringComparison.OrdinalIgnoreCase))
        {
            ctx.Response.StatusCode = status;
            ctx.Response.ContentType = "application/problem+json";
            return ctx.Response.WriteAsJsonAsync(new { title = status == 401 ? "Nicht angemeldet" : "Keine Berechtigung", status, detail }, options: null, contentType: "application/problem+json");
        }

        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
