using Werkstatt.Domain.Cycle;

namespace Werkstatt.Service.Progress;

/// <summary>The page paths tasks and blockers point to (the pages live in Werkstatt.Web under the same names).</summary>
public static class WerkstattLinks
{
    public static string Details(WerkstattId id) => $"/Werkstaetten/{id.Value}";

    public static string Topics(WerkstattId id) => $"{Details(id)}/Themen";

    public static string Voting(WerkstattId id) => $"{Details(id)}/Abstimmung";

    public static string Processes(WerkstattId id) => $"{Details(id)}/Prozesse";

    public static string Assignment(WerkstattId id) => $"{Details(id)}/Zuteilung";

    public const string Outbox = "/Verwaltung/Hintergrundaufgaben#postausgang";
}
