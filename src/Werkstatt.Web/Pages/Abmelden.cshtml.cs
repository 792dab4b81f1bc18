using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Service.Accounts;

namespace Werkstatt.Web.Pages;

/// <summary>Logout (POST only, protected by antiforgery).</summary>
public sealed class AbmeldenModel(SignInManager<AppUser> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/Anmelden");
    }
}
