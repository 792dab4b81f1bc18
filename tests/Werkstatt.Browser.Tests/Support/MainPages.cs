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
    public const string Participants = "Teilnehmende";
    public const string Network = "Netzwerk";
    public const string Members = "Verwaltungen";
    public const string OwnMember = "Stadt Musterstadt";
    public const string OtherMember = "Stadt Beispielburg";
    public const string People = "Personen";
    public const string OwnPerson = "Person der eigenen Verwaltung";
    public const string OtherPerson = "Person einer anderen Verwaltung";
    public const string Denied = "Keine Berechtigung";
    public const string Voting = "Werkstatt in der Abstimmung";
    public const string Overview = "Netzwerkübersicht";
    public const string PreRead = "Vorabunterlagen";
    public const string AuditTrail = "Protokoll";
    public const string MyData = "Meine Daten";
    public const string Blueprints = "Blaupausen";
    public const string Conventions = "Konventionen";
    public const string Register = "Prozessregister";
    public const string RegisterEntry = "Registereintrag";
    public const string RegisterNetwork = "Register im Netzwerk";

    public const string Submissions = "Einreichungen";
    public const string OwnSubmission = "Einreichung der eigenen Verwaltung";
    public const string Comparison = "Vergleich der Modelle";
    public const string Library = "Bibliothek";
    public const string LibraryEntry = "Bibliothekseintrag";
    public const string Agenda = "Ablauf der Werkstatttage";
    public const string Attendance = "Anwesenheit";
    public const string ToBe = "SOLL-Modell";
    public const string Room = "Werkstattraum";

    public const string RunningTitle = "Prozesswerkstatt Bürgerservice";
    public const string DraftTitle = "Prozesswerkstatt Ordnung und Soziales";
    public const string VotingTitle = "Prozesswerkstatt Digitale Dienste";
    public const string ReviewTitle = "Prozesswerkstatt Bürgerdienste";
    public const string LibraryEntryTitle = "Hundesteuer anmelden";

    public static readonly IReadOnlyList<string> OfCoordinator =
        [MyTasks, Werkstaetten, PlanOne, PlanYear, Running, Draft, Voting, EditDates, Network, Members, OwnMember, People, OwnPerson, Overview, PreRead, AuditTrail, MyData, Blueprints, Conventions, RegisterNetwork, Participants, Submissions, OwnSubmission, Comparison, ToBe, Room, Library, LibraryEntry, Agenda, Attendance];

    public static readonly IReadOnlyList<string> OfManager =
        [MyTasks, Werkstaetten, Running, Members, OwnMember, OtherMember, People, OwnPerson, OtherPerson, Denied, Overview, PreRead, MyData, Register, RegisterEntry, RegisterNetwork, Participants, Submissions, OwnSubmission, Comparison, ToBe, Room, Library, LibraryEntry, Agenda, Attendance];

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
        var expected = name == Denied ? 403 : 200;
        Assert.True(response?.Status == expected, $"{name}: HTTP {response?.Status} at {page.Url}, expected {expected}");
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
        Voting => await Pages.LinkOnAsync(page, "/Werkstaetten", VotingTitle),
        EditDates => await Pages.LinkOnAsync(page, "/Werkstaetten", DraftTitle) + "/Bearbeiten",
        Participants => await Pages.LinkOnAsync(page, "/Werkstaetten", DraftTitle) + "/Teilnehmende",
        Network => "/Verwaltung/Netzwerk",
        Members => "/Verwaltung/Mitglieder",
        OwnMember or OtherMember => await Pages.LinkOnAsync(page, "/Verwaltung/Mitglieder", name),
        People => "/Verwaltung/Personen",
        OwnPerson => await Pages.LinkOnAsync(page, "/Verwaltung/Personen", "Prozessmanagement Stadt Musterstadt"),
        OtherPerson => await Pages.LinkOnAsync(page, "/Verwaltung/Personen", "Prozessmanagement Stadt Beispielburg"),
        Denied => "/ZugriffVerweigert",
        Overview => "/Netzwerk/Uebersicht",
        PreRead => await Pages.LinkOnAsync(page, "/Werkstaetten", RunningTitle) + "/Vorabunterlagen",
        AuditTrail => "/Verwaltung/Protokoll",
        MyData => "/Einstellungen/Datenschutz",
        Blueprints => "/Verwaltung/Blaupausen",
        Conventions => "/Verwaltung/Konventionen",
        Register => "/Register",
        RegisterEntry => await Pages.LinkOnAsync(page, "/Register", "Wohnsitz anmelden"),
        RegisterNetwork => "/Register/Netzwerk",
        Submissions => await Pages.LinkOnAsync(page, "/Werkstaetten", ReviewTitle) + "/Einreichungen",
        OwnSubmission => await Pages.LinkOnAsync(page, await Pages.LinkOnAsync(page, "/Werkstaetten", ReviewTitle) + "/Einreichungen", OwnMember),
        Comparison => await Pages.LinkOnAsync(page, await Pages.LinkOnAsync(page, "/Werkstaetten", ReviewTitle) + "/Einreichungen", "Vergleich Wohnsitz anmelden"),
        ToBe => (await FindAsync(page, Comparison)).Replace("/Vergleich/", "/Soll/", StringComparison.Ordinal),
        Room => (await FindAsync(page, Comparison)).Replace("/Vergleich/", "/Raum/", StringComparison.Ordinal),
        Library => "/Bibliothek",
        LibraryEntry => await Pages.LinkOnAsync(page, "/Bibliothek", LibraryEntryTitle),
        Agenda => await Pages.LinkOnAsync(page, "/Werkstaetten", ReviewTitle) + "/Ablauf",
        Attendance => await Pages.LinkOnAsync(page, "/Werkstaetten", ReviewTitle) + "/Anwesenheit",
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a main page"),
    };
}
