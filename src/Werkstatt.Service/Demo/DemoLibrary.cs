using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Library;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Review;
using Werkstatt.Service.Library;
using Werkstatt.Service.Library.Samples;

namespace Werkstatt.Service.Demo;

/// <summary>
/// A filled library for the demo network: the processes of two past workshops (before the network used Werkstatt, so
/// without a stored Werkstatt), one of them handled twice, with small German BPMN models, profiles and one re-use.
/// </summary>
public static class DemoLibrary
{
    private const string Autumn = "Prozesswerkstatt Herbst 2025";
    private const string Spring = "Prozesswerkstatt Frühjahr 2026";

    public static void Fill(Network network, IReadOnlyList<Member> members, DateTimeOffset now, Action<object> add)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(add);
        Member M(string name) => members.First(m => m.Name == name);
        var files = new HashSet<string>(StringComparer.Ordinal);

        var dog = LibraryEntry.Create(network.Id, "Hundesteuer anmelden", null, now);
        Version(dog, Autumn, new DateOnly(2025, 10, 14), "Steuern und Abgaben", "Stadt Gemeinde", M("Stadt Musterstadt"), M("Gemeinde Heidekamp"),
            SampleBpmn.Linear("Hundesteuer anmelden", "Anmeldung eingegangen", ["Antrag prüfen", "Steuerbescheid erstellen", "Hundesteuermarke versenden"], "Hund angemeldet", "Unterlagen nachfordern"),
            SampleBpmn.Linear("Hundesteuer anmelden (SOLL)", "Online-Antrag eingegangen", ["Antrag automatisch prüfen", "Bescheid elektronisch zustellen"], "Hund angemeldet"),
            ("Auslöser", "Anmeldung eines Hundes durch die Halterin oder den Halter"), ("IT-Systeme", "Steuerfachverfahren, Dokumentenmanagement"), ("Fallzahl pro Jahr", "1.200"), ("Medienbrüche", "Papierformular, Versand der Steuermarke per Post"));
        Version(dog, Spring, new DateOnly(2026, 3, 17), "Steuern und Abgaben", "Stadt Gemeinde", M("Stadt Beispielburg"), null,
            SampleBpmn.Linear("Hundesteuer anmelden", "Online-Antrag eingegangen", ["Antrag prüfen", "Zahlungsdaten übernehmen", "Steuerbescheid elektronisch versenden"], "Hund angemeldet"),
            null,
            ("Auslöser", "Online-Antrag über das Serviceportal"), ("IT-Systeme", "Serviceportal, Steuerfachverfahren, ePayment"), ("Fallzahl pro Jahr", "900"), ("Medienbrüche", "keine"));
        dog.RecordReuse(M("Stadt Lindenfeld").Id, now, "Prozessmanagement Stadt Lindenfeld");

        var trade = LibraryEntry.Create(network.Id, "Gewerbe anmelden", null, now);
        Version(trade, Autumn, new DateOnly(2025, 10, 14), "Wirtschaft und Gewerbe", "Stadt Gemeinde", M("Stadt Neuhafen am Rhein"), M("Stadt Altmühlen"),
            SampleBpmn.Linear("Gewerbe anmelden", "Gewerbeanzeige eingegangen", ["Angaben prüfen", "Gewerbeschein ausstellen", "Stellen benachrichtigen"], "Gewerbe angemeldet", "Fehlende Angaben nachfordern"),
            null,
            ("Auslöser", "Gewerbeanzeige nach § 14 GewO"), ("Ergebnis", "Empfangsbestätigung (Gewerbeschein)"), ("Rechtsgrundlage", "§ 14 Gewerbeordnung"), ("IT-Systeme", "Gewerbefachverfahren"));

        var parking = LibraryEntry.Create(network.Id, "Bewohnerparkausweis beantragen", null, now);
        Version(parking, Spring, new DateOnly(2026, 3, 17), "Ordnung und Verkehr", "Stadt", M("Stadt Kleve-Mustern"), M("Stadt Musterstadt"),
            SampleBpmn.Linear("Bewohnerparkausweis beantragen", "Antrag eingegangen", ["Meldedaten abgleichen", "Fahrzeugschein prüfen", "Gebühr erheben", "Parkausweis ausstellen"], "Ausweis versandt"),
            SampleBpmn.Linear("Bewohnerparkausweis beantragen (SOLL)", "Online-Antrag eingegangen", ["Meldedaten automatisch abgleichen", "Gebühr online bezahlen", "Digitalen Parkausweis ausstellen"], "Ausweis bereitgestellt"),
            ("Auslöser", "Antrag einer Bewohnerin oder eines Bewohners der Parkzone"), ("Ergebnis", "Bewohnerparkausweis"), ("Bearbeitungszeit", "10 Minuten"));

        var housing = LibraryEntry.Create(network.Id, "Wohngeld beantragen", null, now);
        Version(housing, Spring, new DateOnly(2026, 3, 17), "Soziales", "Kreis Stadt", M("Kreis Musterland"), M("Stadt Beispielburg"),
            SampleBpmn.Linear("Wohngeld beantragen", "Wohngeldantrag eingegangen", ["Vollständigkeit prüfen", "Einkommen berechnen", "Wohngeld bewilligen", "Bescheid versenden"], "Bescheid zugestellt", "Nachweise anfordern"),
            null,
            ("Auslöser", "Antrag auf Mietzuschuss oder Lastenzuschuss"), ("Rechtsgrundlage", "Wohngeldgesetz (WoGG)"), ("IT-Systeme", "Wohngeldfachverfahren"), ("Medienbrüche", "Nachweise in Papierform"));

        foreach (var entry in new[] { dog, trade, parking, housing })
        {
            add(entry);
        }

        void Version(
            LibraryEntry entry, string werkstatt, DateOnly heldOn, string topic, string levels, Member first, Member? second, byte[] asIs, byte[]? toBe,
            params (string Label, string Value)[] profile)
        {
            var models = new List<LibraryModel>();
            var labels = new List<string>();
            void Model(Member member, ModelKind kind, byte[] content)
            {
                var read = LibraryBpmn.Read(content);
                var sha = LibraryBpmn.Sha256(content);
                var fileName = $"{LibraryPackageWriter.Slug(entry.Name)}-{(kind == ModelKind.AsIs ? "ist" : "soll")}.bpmn";
                if (files.Add(sha))
                {
                    add(new LibraryFile(network.Id, sha, fileName, content, now));
                }

                models.Add(new LibraryModel(member.Id.Value, member.Name, kind, fileName, sha, content.LongLength, read.ElementCount));
                labels.AddRange(read.Labels);
            }

            Model(first, ModelKind.AsIs, asIs);
            if (toBe is not null)
            {
                Model(first, ModelKind.ToBe, toBe);
            }

            if (second is not null)
            {
                Model(second, ModelKind.AsIs, asIs);
            }

            var profiles = new List<LibraryProfile>
            {
                new(first.Id.Value, first.Name, profile.Select(p => new LibraryProfileField(p.Label, p.Value)).ToList()),
            };
            var qa = $"{first.Name}: Freigegeben; 1 Nachbesserung(en)" + (second is null ? string.Empty : $"\n{second.Name}: Freigegeben; 0 Nachbesserung(en)");
            entry.AddVersion(
                new LibraryVersionInput(LibraryVersionSource.Workshop, null, werkstatt, null, heldOn, topic, levels, null, null, qa, models, profiles, labels), now);
        }
    }
}
