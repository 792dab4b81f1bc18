using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;
using Werkstatt.Service.Networks;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Pages.Verwaltung;

/// <summary>The network's settings: name, federal state (for holidays) and the schedule template (coordinators, admins).</summary>
public sealed class NetzwerkModel(ActorAccessor actors, NetworkService networks) : PageModel
{
    [BindProperty]
    public NetworkInput Input { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = await actors.RequireAsync(cancellationToken);
        if (await ScopeAsync(actor, cancellationToken) is not { } networkId)
        {
            return Forbid();
        }

        var result = await networks.GetAsync(actor, networkId, cancellationToken);
        if (!result.IsSuccess)
        {
            return PageErrors.Refusal(this, result.Error) ?? NotFound();
        }

        Input = NetworkInput.From(result.Value);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var actor = await actors.RequireAsync(cancellationToken);
        if (await ScopeAsync(actor, cancellationToken) is not { } networkId)
        {
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await networks.UpdateAsync(actor, networkId, Input.ToCommand(), cancellationToken);
        if (!result.IsSuccess)
        {
            if (PageErrors.Refusal(this, result.Error) is { } refusal)
            {
                return refusal;
            }

            PageErrors.AddTo<NetworkInput>(ModelState, result.Error);
            return Page();
        }

        Notice = "Die Einstellungen des Netzwerks sind gespeichert.";
        return Redirect("/Verwaltung/Netzwerk");
    }

    private async Task<NetworkId?> ScopeAsync(Actor actor, CancellationToken cancellationToken) =>
        await NetworkScope.ResolveAsync(actor, networks, cancellationToken) is { } id && actor.Coordinates(id) ? id : null;
}
