using Werkstatt.Domain.Common;
using Werkstatt.Service.Dossiers.Content;

namespace Werkstatt.Service.Dossiers.Samples;

/// <summary>A complete dossier with every section filled, for the tests and the benchmark.</summary>
public static class SampleDossiers
{
    private static readonly string[] Names = ["Hundeanmeldung", "Anwohnerparkausweis", "Bewohnerbescheinigung", "Sondernutzungserlaubnis", "Gewerbeanmeldung", "Führungszeugnis"];

    public static DossierContent Create(int processes, int tasksPerModel, DateTimeOffset now)
    {
        var day1 = BerlinTime.ToUtc(new DateOnly(2026, 3, 10), new TimeOnly(9, 0));
        var days = new List<WorkshopDay> { new(day1, day1.AddHours(7.5)), new(day1.AddDays(1), day1.AddDays(1).AddHours(6)) };
        var agenda = new List<AgendaSlot>
        {
            new(day1, day1.AddHours(1), "Begrüßung und Überblick", "Koordination"),
            new(day1.AddHours(1), day1.AddHours(7.5), "Modelle besprechen", null),
            new(day1.AddDays(1), day1.AddDays(1).AddHours(6), "SOLL-Modelle und Abschluss", "mit Fachexpertinnen und Fachexperten"),
        };
        var participants = new List<ParticipantGroup>
        {
            new("Kreis Wesel", [new("Jürgen Weiß", "Prozessmanager"), new("Änne Groß", "Fachexpertin Ordnungsamt")]),
            new("Stadt Moers", [new("Özlem Straßburger", "Prozessmanagerin")]),
        };
        var list = Enumerable.Range(0, processes).Select(i => Process(i, tasksPerModel)).ToList();
        return new DossierContent("Prozessmanagement@Niederrhein", "Prozesswerkstatt Frühjahr 2026", days, new DossierVenue(false, null, "Kreishaus Wesel, Reeser Landstraße 31, 46483 Wesel"), agenda, participants, list, now);
    }

    private static DossierProcess Process(int index, int tasks)
    {
        var name = index < Names.Length ? Names[index] : $"{Names[index % Names.Length]} {(index / Names.Length) + 1}";
        var members = new[] { ("Kreis Wesel", "Amt für Straßenverkehr"), ("Stadt Moers", "Bürgerbüro Süd") }
            .Select((m, k) => new ModellingMember(
                Guid.CreateVersion7(),
                m.Item1,
                Profile(name, k),
                SampleDrawings.Process($"{name} ({m.Item1})", tasks + k, laneB: m.Item2),
                [new ConventionFinding("Aufgabe „Daten erfassen“ ist nicht als Verb + Objekt benannt.", FindingSeverity.Warning), new ConventionFinding("Endereignis ohne Namen.", FindingSeverity.Error)]))
            .ToList();
        return new DossierProcess(
            Guid.CreateVersion7(), name, $"Thema {index + 1}: Ordnungsangelegenheiten", "99050012104000", members,
            [new ReviewRemark("Qualitätssicherung (Beratung)", "Stadt Moers", "Bitte die Gebührenberechnung als eigene Aufgabe darstellen."), new ReviewRemark("Qualitätssicherung (Beratung)", null, "Beide Modelle sind gut vergleichbar.")],
            [new ComparisonRow("Auslöser", "Online-Antrag", "Persönliche Vorsprache"), new ComparisonRow("Medienbrüche", "1 (Ausdruck für Unterschrift)", "3"), new ComparisonRow("Bearbeitungszeit", "15 Minuten", "25 Minuten")]);
    }

    private static ProcessProfile Profile(string name, int variant) => new(
        name,
        "99050012104000",
        variant == 0 ? "Online-Antrag über das Serviceportal" : "Persönliche Vorsprache im Bürgerbüro",
        "Bescheid und Steuermarke",
        "Sachbearbeitung, Kasse, Antragstellerin",
        variant == 0 ? "OK.VORFAHRT, Fachverfahren Hundesteuer" : "Fachverfahren Hundesteuer",
        variant == 0 ? "1.200 Fälle" : "800 Fälle",
        variant == 0 ? "15 Minuten" : "25 Minuten",
        variant == 0 ? "Ausdruck zur Unterschrift" : "Papierantrag, Scan, Postversand",
        variant == 0 ? "teilweise digital" : "überwiegend Papier",
        "Hundesteuersatzung § 3; Landeshundegesetz NRW",
        "Gebührenermäßigung für Assistenzhunde prüfen.");
}
