using System.ComponentModel.DataAnnotations;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Networks;

namespace Werkstatt.Web.Pages.Verwaltung.Personen;

/// <summary>Registering a person, optionally with a login: a role needs an initial password, a password needs a role.</summary>
public sealed class NewPersonForm : PersonForm, IValidatableObject
{
    [Display(Name = "Rolle (für einen Zugang)")]
    public Role? Role { get; set; }

    [Display(Name = "Anfangspasswort")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    public override PersonInput ToInput() => base.ToInput() with { Role = Role, Password = Role is null ? null : Password, Version = null };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Role is not null && string.IsNullOrEmpty(Password))
        {
            yield return new ValidationResult("Bitte ein Anfangspasswort angeben: mit der Rolle wird ein Zugang angelegt.", [nameof(Password)]);
        }
        else if (Role is null && !string.IsNullOrEmpty(Password))
        {
            yield return new ValidationResult("Ein Passwort braucht es nur für einen Zugang: bitte eine Rolle wählen oder das Passwort leer lassen.", [nameof(Password)]);
        }
    }
}
