using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Registers;
using Werkstatt.Service.Common;
using Werkstatt.Service.Registers;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Pages.Register;

/// <summary>The member's own attributes of its register (text, number, choice, date).</summary>
public sealed class MerkmaleModel(ActorAccessor actors, RegisterService registers) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Member { get; set; }

    public RegisterView View { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAddAsync(string? name, AttributeKind kind, string? choices, int? version, CancellationToken cancellationToken)
    {
        var (actor, member) = await WhoAsync(cancellationToken);
        var list = (choices ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return await DoneAsync(await registers.DefineAttributeAsync(actor, member, name, kind, list, version, cancellationToken), $"Das Merkmal „{name}“ ist angelegt.", cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid definitionId, int? version, CancellationToken cancellationToken)
    {
        var (actor, member) = await WhoAsync(cancellationToken);
        return await DoneAsync(await registers.RemoveAttributeAsync(actor, member, definitionId, version, cancellationToken), "Das Merkmal und seine Werte sind entfernt.", cancellationToken);
    }

    private async Task<IActionResult> DoneAsync(Result<Werkstatt.Domain.Registers.Register> result, string notice, CancellationToken cancellationToken)
    {
        if (result.IsSuccess)
        {
            Notice = notice;
            return Redirect(Member is { } m ? $"/Register/Merkmale?member={m}" : "/Register/Merkmale");
        }

        if (PageErrors.Refusal(this, result.Error) is { } refusal)
        {
            return refusal;
        }

        PageErrors.AddTo(ModelState, result.Error, string.Empty);
        return await LoadAsync(cancellationToken) ?? Page();
    }

    private async Task<(Actor, MemberId)> WhoAsync(CancellationToken cancellationToken)
    {
        var actor = await actors.RequireAsync(cancellationToken);
        return (actor, Member is { } m ? new MemberId(m) : actor.MemberId ?? new MemberId(Guid.NewGuid()));
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var (actor, member) = await WhoAsync(cancellationToken);
        var result = await registers.GetAsync(actor, member, cancellationToken);
        if (!result.IsSuccess)
        {
            return PageErrors.Refusal(this, result.Error) ?? NotFound();
        }

        View = result.Value;
        return View.Register is null ? NotFound() : View.CanChange ? null : Forbid();
    }
}
