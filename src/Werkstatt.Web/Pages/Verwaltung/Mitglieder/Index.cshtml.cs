using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;
using Werkstatt.Service.Networks;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Pages.Verwaltung.Mitglieder;

/// <summary>The member administrations of the network; coordinators add new ones below the table.</summary>
public sealed class IndexModel(ActorAccessor actors, NetworkService networks, MemberService members) : PageModel
{
    [BindProperty]
    public MemberForm Input { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public IReadOnlyList<Member> Members { get; private set; } = [];

    public bool HasNetwork { get; private set; }

    public bool CanCreate { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = await actors.RequireAsync(cancellationToken);
        return await ShowAsync(actor, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var actor = await actors.RequireAsync(cancellationToken);
        if (await NetworkScope.ResolveAsync(actor, networks, cancellationToken) is not { } networkId)
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            var result = await members.CreateAsync(actor, networkId, Input.ToInput() with { Version = null }, cancellationToken);
            if (result.IsSuccess)
            {
                Notice = $"Die Verwaltung „{result.Value.Name}“ ist aufgenommen.";
                return Redirect("/Verwaltung/Mitglieder");
            }

            if (PageErrors.Refusal(this, result.Error) is { } refusal)
            {
                return refusal;
            }

            PageErrors.AddTo<MemberForm>(ModelState, result.Error);
        }

        return await ShowAsync(actor, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (await NetworkScope.ResolveAsync(actor, networks, cancellationToken) is not { } networkId)
        {
            return Page();
        }

        var list = await members.ListAsync(actor, networkId, cancellationToken);
        if (!list.IsSuccess)
        {
            return PageErrors.Refusal(this, list.Error) ?? Page();
        }

        HasNetwork = true;
        Members = list.Value;
        CanCreate = actor.Coordinates(networkId);
        return Page();
    }
}
