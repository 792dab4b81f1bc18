using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Werkstatt.Browser.Tests.Support.BrowserSession))]

namespace Werkstatt.Browser.Tests.Support;

/// <summary>
/// One Playwright driver and one headless Debian Chromium for the whole test assembly; every test gets its own
/// browser context (cookies, storage) from it. Without /usr/bin/chromium the tests skip, or fail under CI=true.
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    /// <summary>Debian's chromium; WERKSTATT_CHROMIUM names another build of Chromium.</summary>
    public static readonly string ExecutablePath = Environment.GetEnvironmentVariable("WERKSTATT_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    // Chromium's own background traffic (updates, sync, QUIC probes) would only meet the closed network here.
    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-quic", "--no-first-run",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _skipReason;

    public async ValueTask InitializeAsync()
    {
        _skipReason = Environments.SkipOrFail(File.Exists(ExecutablePath)
            ? null
            : $"Chromium is not installed ({ExecutablePath}); `./build.sh test` installs the Debian package 'chromium' when run as root.");
        if (_skipReason is not null)
        {
            return;
        }

        // Generous waits: the two cores here are shared, and a slow step should not read as a failure.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Arguments,
            Env = GermanEnvironment(),
        });
    }

    /// <summary>A fresh context on <paramref name="server"/>: German locale, Berlin time, a desktop window; logged in as <paramref name="email"/> when given.</summary>
    public async Task<IBrowserContext> NewContextAsync(WerkstattServer server, string? email = null, bool javaScript = true)
    {
        ArgumentNullException.ThrowIfNull(server);
        Assert.SkipWhen(_skipReason is not null, _skipReason ?? string.Empty);
        var state = email is null ? null : await server.LoginStateAsync(email, () => LogInOnceAsync(server, email));
        return await CreateAsync(server, state, javaScript);
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }

    // Chromium on Linux takes its UI language, and with it the format of date fields (TT.MM.JJJJ), from the
    // environment, not from --lang or the context's locale; it needs Debian's chromium-l10n for German.
    private static Dictionary<string, string> GermanEnvironment()
    {
        var environment = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? string.Empty, StringComparer.Ordinal);
        environment["LANGUAGE"] = "de";
        environment["LANG"] = "de_DE.UTF-8";
        return environment;
    }

    private async Task<IBrowserContext> CreateAsync(WerkstattServer server, string? storageState, bool javaScript)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseUrl.ToString(),
            Locale = "de-DE",
            TimezoneId = "Europe/Berlin",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            JavaScriptEnabled = javaScript,
            StorageState = storageState,
        });
        context.SetDefaultTimeout(15_000);
        return context;
    }

    // Logging in hashes a password; doing it once per user and server keeps the suite fast.
    private async Task<string> LogInOnceAsync(WerkstattServer server, string email)
    {
        await using var context = await CreateAsync(server, null, javaScript: true);
        var page = await context.NewPageAsync();
        await Pages.LogInAsync(page, email);
        return await context.StorageStateAsync();
    }
}
