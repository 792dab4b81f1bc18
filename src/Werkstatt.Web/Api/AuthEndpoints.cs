using Microsoft.AspNetCore.Identity;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Accounts;
using Werkstatt.Web.Api.Dtos;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Api;

/// <summary>Login and "who am I" for API clients; the login sets the same cookie as the login page.</summary>
public static class AuthEndpoints
{
    public static void MapAuth(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/auth").WithTags("Anmeldung");
        group.MapPost("/login", LoginAsync).AllowAnonymous();
        group.MapPost("/logout", async (SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.NoContent();
        }).RequireAuthorization();
        app.MapGet("/api/v1/me", MeAsync).RequireAuthorization().WithTags("Anmeldung");
    }

    private static async Task<IResult> LoginAsync(LoginDto login, SignInManager<AppUser> signIn)
    {
        if (string.IsNullOrWhiteSpace(login.Email) || string.IsNullOrEmpty(login.Password))
        {
            return ApiResults.Problem(Werkstatt.Service.Common.Error.Validation("email", "Bitte E-Mail-Adresse und Passwort angeben."));
        }

        var result = await signIn.PasswordSignInAsync(login.Email.Trim(), login.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return Results.NoContent();
        }

        var detail = result.IsLockedOut
            ? "Das Konto ist nach zu vielen Fehlversuchen vorübergehend gesperrt. Bitte später erneut versuchen."
            : "E-Mail-Adresse oder Passwort ist falsch.";
        return Results.Problem(detail: detail, statusCode: StatusCodes.Status401Unauthorized, title: "Anmeldung fehlgeschlagen");
    }

    private static async Task<IResult> MeAsync(ActorAccessor actors)
    {
        var actor = await actors.GetAsync();
        return actor is null
            ? ApiResults.Unauthenticated()
            : Results.Ok(new
            {
                actor.Name,
                NetworkId = actor.NetworkId?.Value,
                MemberId = actor.MemberId?.Value,
                Roles = actor.Roles.Select(r => r.ToString()).Order(StringComparer.Ordinal).ToList(),
                RoleNames = actor.Roles.Select(r => r.GermanName()).Order(StringComparer.Ordinal).ToList(),
            });
    }
}
