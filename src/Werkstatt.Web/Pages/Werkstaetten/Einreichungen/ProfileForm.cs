using System.ComponentModel.DataAnnotations;
using Werkstatt.Domain.Review;
using Werkstatt.Service.Submissions;

namespace Werkstatt.Web.Pages.Werkstaetten.Einreichungen;

/// <summary>The profile form; property names are the domain's field names, so the service's messages land at their inputs.</summary>
public sealed class ProfileForm
{
    [Display(Name = "Name des Prozesses")]
    public string? Name { get; set; }

    [Display(Name = "LeiKa-Schlüssel (14 Ziffern)")]
    public string? LeikaKey { get; set; }

    [Display(Name = "Auslöser")]
    public string? Trigger { get; set; }

    [Display(Name = "Ergebnis")]
    public string? Result { get; set; }

    [Display(Name = "Rollen und Organisationseinheiten (eine je Zeile)")]
    public string? Roles { get; set; }

    [Display(Name = "IT-Systeme (eines je Zeile)")]
    public string? ItSystems { get; set; }

    [Display(Name = "Fallzahl pro Jahr")]
    public int? CaseVolumePerYear { get; set; }

    [Display(Name = "Bearbeitungszeit")]
    public string? ProcessingTime { get; set; }

    [Display(Name = "Medienbrüche (einer je Zeile)")]
    public string? MediaBreaks { get; set; }

    [Display(Name = "Digitalisierungsgrad")]
    public DigitisationDegree? Digitisation { get; set; }

    [Display(Name = "Rechtsgrundlagen")]
    public string? LegalBasis { get; set; }

    [Display(Name = "Anmerkungen")]
    public string? Notes { get; set; }

    public int Version { get; set; }

    /// <summary>The German label of a field, from its <see cref="DisplayAttribute"/>.</summary>
    public static string LabelOf(string field) =>
        typeof(ProfileForm).GetProperty(field)?.GetCustomAttributes(typeof(DisplayAttribute), false).OfType<DisplayAttribute>().FirstOrDefault()?.Name ?? field;

    /// <summary>The value of a text field by name (the form renders its text fields in a loop).</summary>
    public string? Text(string field) => typeof(ProfileForm).GetProperty(field)?.GetValue(this) as string;

    public ProfileInput ToInput() => new(Name, LeikaKey, Trigger, Result, Roles, ItSystems, CaseVolumePerYear, ProcessingTime, MediaBreaks, Digitisation, LegalBasis, Notes);

    public static ProfileForm From(ProcessProfile? profile, string processName, int version) => profile is null
        ? new ProfileForm { Name = processName, Version = version }
        : new ProfileForm
        {
            Name = profile.Name, LeikaKey = profile.LeikaKey, Trigger = profile.Trigger, Result = profile.Result, Roles = profile.Roles,
            ItSystems = profile.ItSystems, CaseVolumePerYear = profile.CaseVolumePerYear, ProcessingTime = profile.ProcessingTime,
            MediaBreaks = profile.MediaBreaks, Digitisation = profile.Digitisation, LegalBasis = profile.LegalBasis, Notes = profile.Notes, Version = version,
        };
}
