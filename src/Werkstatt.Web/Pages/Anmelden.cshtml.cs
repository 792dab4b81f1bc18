using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Service.Accounts;

namespace Werkstatt.Web.Pages;

/// <summary>Login with e-mail and password; repeated failures lock the account for a while.</summary>
public sealed class AnmeldenModel(SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "Das Konto ist nach zu vielen Fehlversuchen vorübergehend gesperrt. Bitte versuchen Sie es in 15 Minuten erneut."
            : "E-Mail-Adresse oder Passwort ist falsch.");
        return Page();
    }

    /// <summary>The login form.</summary>
    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Bitte die E-Mail-Adresse angeben.")]
        [EmailAddress(ErrorMessage = "Bitte eine gültige E-Mail-Adresse angeben.")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Bitte das Passwort angeben.")]
        public string Password { get; set; } = string.Empty;
    }
}
