using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Library;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Review;
using Werkstatt.Service.Library.Samples;
using Werkstatt.Service.Library.Sources;

namespace Werkstatt.Service.Tests.Library;

/// <summary>Two realistic processes of one Werkstatt, modelled by two members each.</summary>
internal static class LibraryTestData
{
    public const string DogLeika = "99108003000000";

    public static byte[] DogAsIs { get; } = SampleBpmn.Linear(
        "Hundesteuer anmelden", "Anmeldung eingegangen", ["Antrag prüfen", "Steuerbescheid erstellen", "Hundesteuermarke versenden"], "Hund angemeldet", "Unterlagen nachfordern");

    public static byte[] DogToBe { get; } = SampleBpmn.Linear(
        "Hundesteuer anmelden (SOLL)", "Online-Antrag eingegangen", ["Antrag automatisch prüfen", "Bescheid elektronisch zustellen"], "Hund angemeldet");

    public static byte[] CardAsIs { get; } = SampleBpmn.Linear(
        "Bibliotheksausweis ausstellen", "Person am Tresen", ["Personalausweis kontrollieren", "Leserdaten erfassen", "Ausweis drucken"], "Ausweis ausgehändigt");

    public static SourceWerkstatt Werkstatt(NetworkId network, Member a, Member b, string title, DateOnly heldOn, WerkstattId? id = null) => new(
        id ?? new WerkstattId(Guid.NewGuid()), network, title, heldOn, 3,
        [
            new SourceProcess(
                new ProcessId(Guid.NewGuid()), "Hundesteuer anmelden", new LeikaKey(DogLeika), "Steuern und Abgaben", "Stadt", null,
                "Stadt A: Freigegeben; 1 Nachbesserung(en)",
                [
                    new SourceMember(a.Id.Value, a.Name, [new SourceFile(ModelKind.AsIs, "hund-ist.bpmn", DogAsIs), new SourceFile(ModelKind.ToBe, "hund-soll.bpmn", DogToBe)],
                        [new LibraryProfileField("Auslöser", "Anmeldung eines Hundes"), new LibraryProfileField("IT-Systeme", "Steuerfachverfahren")]),
                    new SourceMember(b.Id.Value, b.Name, [new SourceFile(ModelKind.AsIs, "hundesteuer.bpmn", DogAsIs)], []),
                ]),
            new SourceProcess(
                new ProcessId(Guid.NewGuid()), "Bibliotheksausweis ausstellen", null, "Bürgerservice", "Stadt Gemeinde", null, null,
                [new SourceMember(b.Id.Value, b.Name, [new SourceFile(ModelKind.AsIs, "ausweis.bpmn", CardAsIs)], [new LibraryProfileField("Ergebnis", "Ausweis ausgehändigt")])]),
        ]);
}
