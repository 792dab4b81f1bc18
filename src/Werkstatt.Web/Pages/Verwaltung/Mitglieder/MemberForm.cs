using System.ComponentModel.DataAnnotations;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Networks;

namespace Werkstatt.Web.Pages.Verwaltung.Mitglieder;

/// <summary>The member form (create and edit); names follow <see cref="Member"/>, so the service's field errors land next to the input.</summary>
public sealed class MemberForm
{
    [Display(Name = "Name der Verwaltung")]
    [Required(ErrorMessage = "Bitte den Namen der Verwaltung angeben.")]
    public string? Name { get; set; }

    [Display(Name = "Ebene")]
    [Required(ErrorMessage = "Bitte die Ebene wählen.")]
    public MemberLevel? Level { get; set; }

    [Display(Name = "Einwohner")]
    [Required(ErrorMessage = "Bitte die Einwohnerzahl angeben.")]
    public int? Population { get; set; }

    [Display(Name = "Beschäftigte")]
    [Required(ErrorMessage = "Bitte die Zahl der Beschäftigten angeben.")]
    public int? StaffCount { get; set; }

    public int? Version { get; set; }

    public static MemberForm From(Member member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return new MemberForm { Name = member.Name, Level = member.Level, Population = member.Population, StaffCount = member.StaffCount, Version = member.Version };
    }

    /// <summary>Only after validation: every required value is there.</summary>
    public MemberInput ToInput() => new(Name ?? string.Empty, Level!.Value, Population!.Value, StaffCount!.Value, Version);
}
