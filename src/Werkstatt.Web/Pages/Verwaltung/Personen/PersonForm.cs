using System.ComponentModel.DataAnnotations;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Networks;

namespace Werkstatt.Web.Pages.Verwaltung.Personen;

/// <summary>A person's data (create and edit); names follow <see cref="PersonInput"/>, so the service's field errors land next to the input.</summary>
public class PersonForm
{
    [Display(Name = "Verwaltung")]
    public Guid? MemberId { get; set; }

    [Display(Name = "Name")]
    [Required(ErrorMessage = "Bitte den Namen angeben.")]
    public string? Name { get; set; }

    [Display(Name = "E-Mail-Adresse")]
    [Required(ErrorMessage = "Bitte die E-Mail-Adresse angeben.")]
    public string? Email { get; set; }

    [Display(Name = "Funktion (optional)")]
    public string? Function { get; set; }

    public int? Version { get; set; }

    public static PersonForm From(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return new PersonForm { MemberId = person.MemberId?.Value, Name = person.Name, Email = person.Email, Function = person.Function, Version = person.Version };
    }

    /// <summary>Only after validation: the required values are there.</summary>
    public virtual PersonInput ToInput() =>
        new(MemberId is { } id && id != Guid.Empty ? new MemberId(id) : null, Name ?? string.Empty, Email ?? string.Empty, Function, Version: Version);
}
