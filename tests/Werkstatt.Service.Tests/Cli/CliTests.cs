using Werkstatt.Service.Persistence;
using Werkstatt.Tests.Shared;
using Werkstatt.Service.Tests.Operations;

namespace Werkstatt.Service.Tests.Cli;

/// <summary>The operator command line, run as a real process against a temp SQLite database.</summary>
public sealed class CliTests : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"werkstatt-cli-{Guid.NewGuid():N}");
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(SqliteWerkstattDbContext.Name);
        await using var services = await TestServices.CreateAsync(_database, demo: true);
    }

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task Help_is_german_and_lists_the_verbs()
    {
        var (code, output, _) = await RunAsync("--help");
        Assert.Equal(0, code);
        Assert.Contains("Betriebsbefehle", output, StringComparison.Ordinal);
        foreach (var verb in new[] { "worker", "migrate", "werkstatt", "user" })
        {
            Assert.Contains(verb, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Werkstatt_list_shows_id_network_title_and_phase()
    {
        var (code, output, _) = await RunAsync("werkstatt", "list");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.Contains(lines, l => l.Contains("Prozessmanagement@Musterland\tProzesswerkstatt Bürgerservice\tThemensammlung", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.True(Guid.TryParse(l.Split('\t')[0], out _)));
    }

    [Fact]
    public async Task User_add_creates_a_login_and_reset_password_replaces_it()
    {
        var added = await RunAsync("user", "add", "--email", "neu@kreis-musterland.example", "--name", "Nora Neu", "--role", "ProcessManager", "--member", "Kreis Musterland", "--password", "erstes-passwort-1");
        Assert.Equal(0, added.Code);
        Assert.Contains("Nora Neu", added.Output, StringComparison.Ordinal);

        var again = await RunAsync("user", "add", "--email", "neu@kreis-musterland.example", "--name", "Nora Neu", "--role", "Expert", "--member", "Kreis Musterland", "--password", "erstes-passwort-1");
        Assert.NotEqual(0, again.Code);
        Assert.Contains("bereits erfasst", again.Error, StringComparison.Ordinal);

        var reset = await RunAsync("user", "reset-password", "--email", "neu@kreis-musterland.example", "--password", "zweites-passwort-2");
        Assert.Equal(0, reset.Code);
    }

    [Theory]
    [InlineData("Häuptling", "Unbekannte Rolle")]
    [InlineData("ProcessManager", "an eine Verwaltung gebunden")]
    public async Task User_add_with_bad_input_fails_with_a_clear_message(string role, string expected)
    {
        var (code, _, error) = await RunAsync("user", "add", "--email", "x@y.example", "--name", "X", "--role", role, "--password", "ein-passwort-1");
        Assert.NotEqual(0, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reset_password_for_an_unknown_account_fails()
    {
        var (code, _, error) = await RunAsync("user", "reset-password", "--email", "niemand@nirgends.example", "--password", "ein-passwort-1");
        Assert.NotEqual(0, code);
        Assert.Contains("nicht gefunden", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Network_add_then_admin_user_add_bootstraps_a_fresh_install()
    {
        var network = await RunAsync("network", "add", "Prozessmanagement@Niederrhein", "--state", "NW");
        Assert.Equal(0, network.Code);
        Assert.Contains("Nordrhein-Westfalen", network.Output, StringComparison.Ordinal);

        var bad = await RunAsync("network", "add", "Irgendwo", "--state", "Atlantis");
        Assert.NotEqual(0, bad.Code);
        Assert.Contains("Unbekanntes Bundesland", bad.Error, StringComparison.Ordinal);

        var admin = await RunAsync("user", "add", "--network", "Prozessmanagement@Niederrhein", "--email", "admin@niederrhein.example", "--name", "Ada Admin", "--role", "Admin", "--password", "ein-passwort-123");
        Assert.Equal(0, admin.Code);
        var list = await RunAsync("network", "list");
        Assert.Contains("Prozessmanagement@Niederrhein", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_reports_an_up_to_date_database()
    {
        var (code, output, _) = await RunAsync("migrate");
        Assert.Equal(0, code);
        Assert.Contains("aktuell", output, StringComparison.Ordinal);
    }

    private Task<(int Code, string Output, string Error)> RunAsync(params string[] args) =>
        ServiceCli.RunAsync(_database, _dataDirectory, null, args);
}
