using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Werkstatt.Browser.Tests.Support;

/// <summary>
/// The real app on Kestrel at a free loopback port, over a temp data directory with a SQLite database and the demo
/// network. One per test class: its tests share the data, other classes never see it.
/// </summary>
public class WerkstattServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string DemoPassword = "Werkstatt-Demo-2026";
    public const string Coordinator = "koordination@musterland.example";
    public const string ManagerMusterstadt = "pm@stadt-musterstadt.example";

    /// <summary>A process manager whose member has not voted in the demo's running vote.</summary>
    public const string ManagerBeispielburg = "pm@stadt-beispielburg.example";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"werkstatt-browser-{Guid.NewGuid():N}");
    private readonly Dictionary<string, string> _loginStates = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _loginLock = new(1, 1);

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Paths of pages with ids in them (a Werkstatt, a member), by their name in <see cref="MainPages"/>.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, string> PagePaths { get; } = new(StringComparer.Ordinal);

    public virtual ValueTask InitializeAsync()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = new Uri(addresses.Single());
        return ValueTask.CompletedTask;
    }

    /// <summary>The browser storage (cookies) of a logged-in <paramref name="email"/>, made once by <paramref name="logIn"/>.</summary>
    public async Task<string> LoginStateAsync(string email, Func<Task<string>> logIn)
    {
        ArgumentNullException.ThrowIfNull(logIn);
        await _loginLock.WaitAsync();
        try
        {
            if (!_loginStates.TryGetValue(email, out var state))
            {
                state = await logIn();
                _loginStates[email] = state;
            }

            return state;
        }
        finally
        {
            _loginLock.Release();
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _loginLock.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        Directory.CreateDirectory(_directory);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "sqlite");
        builder.UseSetting("ConnectionStrings:Werkstatt", $"Data Source={Path.Combine(_directory, "werkstatt.db")}");
        builder.UseSetting("Storage:DataDirectory", _directory);
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Demo:Password", DemoPassword);

        // The demo's vote stays open for the whole run instead of closing two minutes after the start.
        builder.UseSetting("Demo:VotingDeadlineAfterStart", "01:00:00");
        builder.UseSetting("Security:LoginAttemptsPerMinute", "100000");
    }
}
