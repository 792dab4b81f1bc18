using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Werkstatt.Service.Accounts;
using Werkstatt.Service.Persistence;
using Werkstatt.Web.Hosting;

namespace Werkstatt.Bench.Load;

/// <summary>
/// Issues the login cookie each process manager would get from the login form, with the web app's own registration
/// (claims principal factory, cookie options, data-protection keys in the database) but without hashing a password
/// 6,000 times. The instances accept them exactly as cookies from a real login.
/// </summary>
public static class CookieIssuer
{
    public static async Task IssueAsync(string connectionString, LoadPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "postgres",
            ["ConnectionStrings:Werkstatt"] = connectionString,
            ["Demo:Enabled"] = "false",
        });
        builder.AddWerkstattWeb();
        await using var app = builder.Build();
        var options = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var cookieName = options.Cookie.Name ?? throw new InvalidOperationException("the web app's login cookie has no name");
        var members = plan.AllMembers.ToDictionary(m => m.UserId);
        var now = DateTimeOffset.UtcNow;
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
        var factory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>();
        var ids = members.Keys.ToList();
        foreach (var chunk in ids.Chunk(500))
        {
            var users = await db.Users.AsNoTracking().Where(u => chunk.Contains(u.Id)).ToListAsync();
            foreach (var user in users)
            {
                var principal = await factory.CreateAsync(user);
                var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now + options.ExpireTimeSpan }, IdentityConstants.ApplicationScheme);
                members[user.Id].Cookie = $"{cookieName}={options.TicketDataFormat.Protect(ticket)}";
            }
        }

        var missing = plan.AllMembers.Count(m => m.Cookie.Length == 0);
        if (missing > 0)
        {
            throw new InvalidOperationException($"{missing} members have no login");
        }
    }
}
