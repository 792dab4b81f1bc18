using Werkstatt.Service.Dossiers.Content;
using Werkstatt.Service.Dossiers.Samples;
using Werkstatt.Service.Dossiers.Storage;
using Werkstatt.Tests.Shared;

namespace Werkstatt.Service.Tests.Dossiers;

/// <summary>What a new dossier version's reason and mail say when a value the dossier shows changed.</summary>
public sealed class DossierSummaryTests
{
    private static readonly DossierContent Before = SampleDossiers.Create(2, 3, TestServices.DefaultNow);

    [Fact]
    public void A_renamed_network_a_new_topic_a_changed_function_and_a_reworded_remark_are_each_named()
    {
        var first = Before.Processes[0];
        var after = Before with
        {
            NetworkName = "Prozessnetz Niederrhein",
            Processes = [first with { Topic = "Thema 1: Ordnung und Sicherheit", Remarks = [first.Remarks[0] with { Text = "Gebühren bitte als eigene Aufgabe." }, first.Remarks[1]] }, Before.Processes[1]],
            Participants = [Before.Participants[0], new ParticipantGroup("Stadt Moers", [new DossierParticipant("Özlem Straßburger", "Fachbereichsleitung")])],
        };

        var changes = DossierSummary.Of(after).Changes(DossierSummary.Of(Before));

        Assert.Equal(
            [
                "Teilnehmende aktualisiert (3 angemeldet)",
                "Netzwerk umbenannt: „Prozessnetz Niederrhein“",
                $"{first.Name}: Thema jetzt Thema 1: Ordnung und Sicherheit (LeiKa {first.LeikaKey})",
                $"{first.Name}: Anmerkungen der Qualitätssicherung oder Vergleich aktualisiert",
            ],
            changes);
        Assert.DoesNotContain("Straßburger", DossierSummary.Of(after).ToJson(), StringComparison.Ordinal);
        Assert.DoesNotContain("Gebühren", DossierSummary.Of(after).ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_summary_stored_before_the_shown_values_matches_the_same_content_but_not_a_changed_one()
    {
        var old = DossierSummary.Of(Before) with { Network = null, Topics = null, People = null, Review = null };

        Assert.True(DossierSummary.Of(Before).Matches(old.Fingerprint(), old.ToJson()));
        Assert.False(DossierSummary.Of(Before with { WerkstattTitle = "Prozesswerkstatt Herbst 2026" }).Matches(old.Fingerprint(), old.ToJson()));

        // Against a summary that has them, the shown values count.
        var current = DossierSummary.Of(Before);
        Assert.False(DossierSummary.Of(Before with { NetworkName = "Anderes Netz" }).Matches(current.Fingerprint(), current.ToJson()));
    }
}
