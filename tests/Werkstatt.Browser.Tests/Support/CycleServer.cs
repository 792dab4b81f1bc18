using System.Globalization;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Tests.Shared;

namespace Werkstatt.Browser.Tests.Support;

/// <summary>
/// The app for a whole cycle: a clock the test moves to the workshop days (<see cref="Clock"/>), and mail delivered
/// to a real SMTP server on loopback (<see cref="Smtp"/>, aiosmtpd).
/// </summary>
public sealed class CycleServer : WerkstattServer
{
    /// <summary>Starts at the real now; the test moves it forward when the cycle waits for a date.</summary>
    public ManualTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public SmtpSink Smtp { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        Smtp = await SmtpSink.StartAsync();
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Smtp is not null)
        {
            await Smtp.DisposeAsync();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Mail:Transport", "Smtp");
        builder.UseSetting("Mail:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Mail:Smtp:Port", Smtp.Port.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Mail:Smtp:StartTls", "false");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);

            // The login cookie keeps real time: the cycle's clock jumps weeks ahead, the browser session does not.
            services.PostConfigureAll<CookieAuthenticationOptions>(o => o.TimeProvider = TimeProvider.System);
            services.PostConfigure<SecurityStampValidatorOptions>(o => o.TimeProvider = TimeProvider.System);
        });
    }
}
