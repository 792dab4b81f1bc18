namespace Werkstatt.Service.Dossiers.Content;

/// <summary>The fields of a process profile (Prozesssteckbrief) as one member filled them in.</summary>
public sealed record ProcessProfile(
    string Name,
    string? LeikaKey,
    string? Trigger,
    string? Result,
    string? Roles,
    string? ItSystems,
    string? CaseVolume,
    string? ProcessingTime,
    string? MediaBreaks,
    string? DigitisationDegree,
    string? LegalBasis,
    string? Notes)
{
    /// <summary>The fields with their German labels, in the order of the profile form.</summary>
    public static IReadOnlyList<(string Label, Func<ProcessProfile, string?> Value)> Fields { get; } =
    [
        ("Bezeichnung", p => p.Name),
        ("LeiKa-Schlüssel", p => p.LeikaKey),
        ("Auslöser", p => p.Trigger),
        ("Ergebnis", p => p.Result),
        ("Beteiligte Rollen", p => p.Roles),
        ("IT-Systeme", p => p.ItSystems),
        ("Fallzahl pro Jahr", p => p.CaseVolume),
        ("Bearbeitungszeit", p => p.ProcessingTime),
        ("Medienbrüche", p => p.MediaBreaks),
        ("Digitalisierungsgrad", p => p.DigitisationDegree),
        ("Rechtsgrundlage", p => p.LegalBasis),
        ("Anmerkungen", p => p.Notes),
    ];
}
