using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Werkstatt.Web.Tests.Support;

/// <summary>The real app over a temp SQLite database with the demo network.</summary>
public class WerkstattWebFactory : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Werkstatt-Demo-2026";
    public const string Coordinator = "koordination@musterland.example";
    public const string Admin = "admin@musterland.example";
    public const string ManagerMusterstadt = "pm@stadt-musterstadt.example";
    public const string ManagerBeispielburg = "pm@stadt-beispielburg.example";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"werkstatt-web-{Guid.NewGuid():N}");

    public WerkstattWebFactory()
    {
        DatabaseFile = Path.Combine(_directory, "werkstatt.db");
    }

    /// <summary>Another instance over the same database file, with a data directory of its own.</summary>
    protected WerkstattWebFactory(string databaseFile)
    {
        DatabaseFile = databaseFile;
    }

    public string DatabaseFile { get; }

    public WerkstattWebFactory SecondInstance() => new SharingFactory(DatabaseFile);

    protected virtual int LoginAttemptsPerMinute => 100_000;

    /// <summary>Storage:DataDirectory of this app; the pickup directory for mails is its <c>mail</c> folder.</summary>
    public string DataDirectory => _directory;

    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        Directory.CreateDirectory(_directory);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "sqlite");
        builder.UseSetting("ConnectionStrings:Werkstatt", $"Data Source={DatabaseFile}");
        builder.UseSetting("Storage:DataDirectory", _directory);
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Security:LoginAttemptsPerMinute", LoginAttemptsPerMinute.ToString(CultureInfo.InvariantCulture));

        // The app runs its scheduler (Jobs:RunInWeb defaults to true); Quartz names schedulers process-wide.
        builder.UseSetting("Jobs:SchedulerName", $"Web-{Guid.NewGuid():N}");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (disposing && Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private sealed class SharingFactory(string databaseFile) : WerkstattWebFactory(databaseFile);
}
