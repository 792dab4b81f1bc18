namespace Werkstatt.Service.Audit;

/// <summary>The kinds of audit entries, as shown and filtered on the page „Protokoll“.</summary>
public static class AuditKinds
{
    public const string Network = "Netzwerk";
    public const string Member = "Verwaltung";
    public const string Person = "Person";
    public const string Account = "Konto";
    public const string Werkstatt = "Werkstatt";
    public const string Topic = "Thema";
    public const string Voting = "Abstimmung";
    public const string Process = "Prozess";
    public const string Assignment = "Zuteilung";
    public const string DataProtection = "Datenschutz";
    public const string WorkshopRoom = "Werkstattraum";

    public static IReadOnlyList<string> All { get; } = [Network, Member, Person, Account, Werkstatt, Topic, Voting, Process, Assignment, WorkshopRoom, DataProtection];

    public static string GermanAction(string action) => action switch
    {
        "Created" => "angelegt",
        "Deleted" => "gelöscht",
        "Exported" => "exportiert",
        "Erased" => "gelöscht (anonymisiert)",
        _ => "geändert",
    };
}
