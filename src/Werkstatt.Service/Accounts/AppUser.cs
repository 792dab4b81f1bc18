using Microsoft.AspNetCore.Identity;

namespace Werkstatt.Service.Accounts;

/// <summary>A login; the person behind it (name, member) lives in the domain's <c>Person</c>.</summary>
public sealed class AppUser : IdentityUser
{
    public Guid? PersonId { get; set; }

    public string DisplayName { get; set; } = string.Empty;
}
