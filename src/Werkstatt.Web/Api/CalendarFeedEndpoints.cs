using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Werkstatt.Service.Calendar.Feed;

namespace Werkstatt.Web.Api;

/// <summary>
/// <c>GET /kalender/{token}.ics</c>: a person's private feed, without login (the token is the credential), limited
/// per client address so tokens cannot be guessed at speed. Unknown tokens get 404, never a hint.
/// </summary>
public static class CalendarFeedEndpoints
{
    public const string RateLimit = "calendar-feed";
    private const int RequestsPerMinute = 30;

    public static void MapCalendarFeed(IEndpointRouteBuilder app)
    {
        app.MapGet("/kalender/{token}.ics", async (string token, CalendarFeedService feeds, HttpContext context, CancellationToken ct) =>
            {
                var calendar = await feeds.FeedAsync(token, ct);
                if (calendar is null)
                {
                    return Results.NotFound();
                }

                context.Response.Headers.CacheControl = "private, max-age=300";
                return Results.Text(calendar, "text/calendar; charset=utf-8", System.Text.Encoding.UTF8);
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimit)
            .ExcludeFromDescription();
    }

    public static IServiceCollection AddCalendarFeedRateLimit(this IServiceCollection services) =>
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(RateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
            $"feed:{context.Connection.RemoteIpAddress}",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = RequestsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
}
