using Microsoft.Playwright;

namespace Werkstatt.Browser.Tests.Support;

/// <summary>The main pages of today's features, by the German name a user knows them by, and who sees which.</summary>
public static class MainPages
{
    public const string Coordinator = "Koordination";
    public const string Manager = "Prozessmanager:in";

    public const string MyTasks = "Meine Aufgaben";
    public const string Werkstaetten = "Werkstätten";
    public const string PlanOne = "Neue Werkstatt planen";
    public const string PlanYear = "Jahr planen";
    public const string Running = "Werkstatt in der Themensammlung";
    public const string Draft = "Werkstatt im Entwurf";
    public const string EditDates = "Termine bearbeiten";
    public const string Network = "Netzwerk";
    public const string Members = "Verwaltungen";
    public const string OwnMember = "Stadt Musterstadt";
    public const string OtherMember = "Stadt Beispielburg";
    public const string People = "Personen";
    public const string OwnPerson = "Person der eigenen Verwaltung";
    public const string OtherPerson = "Person einer anderen Verwaltung";
    public const string Denied = "Keine Berechtigung";
    public const string Library = "Bibliothek";
    public const string LibraryEntry = "Bibliothekseintrag";

    public const string RunningTitle = "Prozesswerkstatt Bürgerservice";
    public const string DraftTitle = "Prozesswerkstatt Ordnung und Soziales";
    public const string LibraryEntryTitle = "Hundesteuer anmelden";

    public static readonly IReadOnlyList<string> OfCoordinator =
        [MyTasks, Werkstaetten, PlanOne, PlanYear, Running, Draft, EditDates, Network, Members, OwnMember, People, OwnPerson, Library, LibraryEntry];

    public static readonly IReadOnlyList<string> OfManager =
        [MyTasks, Werkstaetten, Running, Members, OwnMember, OtherMember, People, OwnPerson, OtherPerson, Denied, Library, LibraryEntry];

    public static TheoryData<string, string> ByRole()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in OfCoordinator)
        {
            data.Add(Coordinator, page);
        }

        foreach (var page in OfManager)
        {
            data.Add(Manager, page);
        }

        return data;
    }

    public static string EmailOf(string role) => role switch
    {
        Coordinator => WerkstattServer.Coordinator,
        Manager => WerkstattServer.ManagerMusterstadt,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "unknown role"),
    };

    /// <summary>The path of <paramref name="name"/> on <paramref name="server"/>, found once by following the links a user would follow.</summary>
    public static async Task<string> UrlAsync(IPage page, WerkstattServer server, string name)
    {
        ArgumentNullException.ThrowIfNull(server);
        if (!server.PagePaths.TryGetValue(name, out var path))
        {
            path = await FindAsync(page, name);
            server.PagePaths.TryAdd(name, path);
        }

        return path;
    }

    /// <summary>Opens <paramref name="name"/> and checks it is that page, not an error or the login.</summary>
    public static async Task OpenAsync(IPage page, WerkstattServer server, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var response = await page.GotoAsync(await UrlAsync(page, server, name));
        Assert.True(response?.Ok, $"{name}: HTTP {response?.Status} at {page.Url}");
        Assert.DoesNotContain("/Anmelden", page.Url, StringComparison.Ordinal);
        if (name != Denied)
        {
            await Assertions.Expect(Pages.Heading(page)).Not.ToHaveTextAsync(Denied);
        }
    }

    private static async Task<string> FindAsync(IPage page, string name) => name switch
    {
        MyTasks => "/",
        Werkstaetten => "/Werkstaetten",
        PlanOne => "/Werkstaetten/Neu",
        PlanYear => "/Werkstaetten/Jahr",
        Running => await Pages.LinkOnAsync(page, "/Werkstaetten", RunningTitle),
        Draft => await Pages.LinkOnAsync(page, "/Werkstaetten", DraftTitle),
        EditDates => await Pages.LinkOnAsync(page, "/Werkstaetten", DraftTitle) + "/Bearbeiten",
        Network => "/Verwaltung/Netzwerk",
        Members => "/Verwaltung/Mitglieder",
        OwnMember or OtherMember => await Pages.LinkOnAsync(page, "/Verwaltung/Mitglieder", name),
        People => "/Verwaltung/Personen",
        OwnPerson => await Pages.LinkOnAsync(page, "/Verwaltung/Personen", "Prozessmanagement Stadt Musterstadt"),
        OtherPerson => await Pages.LinkOnAsync(page, "/Verwaltung/Personen", "Prozessmanagement Stadt Beispielburg"),
        Denied => "/ZugriffVerweigert",
        Library => "/Bibliothek",
        LibraryEntry => await Pages.LinkOnAsync(page, "/Bibliothek", LibraryEntryTitle),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a main page"),
    };
}
