using Microsoft.Extensions.Options;
using Werkstatt.Service.Demo;
using Werkstatt.Service.Hosting;

namespace Werkstatt.Web.Hosting;

/// <summary>
/// Before the server takes requests: migrations, roles and (default run) the demo network, whose logins are printed.
/// A hosted service so that it runs however the host is started (also under WebApplicationFactory).
/// </summary>
public sealed class StartupInitializer(IServiceProvider services, IOptions<DemoOptions> demo) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var logins = await DatabaseInitializer.InitializeAsync(services, seedDemo: true, cancellationToken);
        if (logins.Count == 0)
        {
            return;
        }

        Console.WriteLine();
        Console.WriteLine("Demo-Zugänge (Passwort für alle: " + demo.Value.Password + "):");
        foreach (var login in logins)
        {
            Console.WriteLine($"  {login.Role,-20} {login.Email,-40} {login.Who}");
        }

        Console.WriteLine("Demo abschalten: Demo__Enabled=false");
        Console.WriteLine();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
