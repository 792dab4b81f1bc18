using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Domain.Blueprints;
using Werkstatt.Service.Common;
using Werkstatt.Service.Registers;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Pages.Verwaltung.Blaupausen;

/// <summary>One group or process of a blueprint's working copy: rename, describe, remove.</summary>
public sealed class EintragModel(ActorAccessor actors, BlueprintService blueprints) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid Key { get; set; }

    public Blueprint Blueprint { get; private set; } = null!;

    public BlueprintItem Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(string? name, string? leikaKey, string? description, int? version, CancellationToken cancellationToken) =>
        await DoneAsync(await blueprints.ChangeItemAsync(await actors.RequireAsync(cancellationToken), new BlueprintId(Id), Key, name, leikaKey, description, version, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostRemoveAsync(int? version, CancellationToken cancellationToken) =>
        await DoneAsync(await blueprints.RemoveItemAsync(await actors.RequireAsync(cancellationToken), new BlueprintId(Id), Key, version, cancellationToken), cancellationToken);

    private async Task<IActionResult> DoneAsync(Result<Blueprint> result, CancellationToken cancellationToken)
    {
        if (result.IsSuccess)
        {
            TempData["Notice"] = "Die Blaupause ist geändert (noch nicht veröffentlicht).";
            return Redirect($"/Verwaltung/Blaupausen?ebene={result.Value.Level}");
        }

        if (PageErrors.Refusal(this, result.Error) is { } refusal)
        {
            return refusal;
        }

        PageErrors.AddTo(ModelState, result.Error, string.Empty);
        return await LoadAsync(cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var actor = await actors.RequireAsync(cancellationToken);
        var result = await blueprints.GetAsync(actor, new BlueprintId(Id == Guid.Empty ? Guid.NewGuid() : Id), cancellationToken);
        if (!result.IsSuccess)
        {
            return PageErrors.Refusal(this, result.Error) ?? NotFound();
        }

        Blueprint = result.Value;
        if (!actor.Coordinates(Blueprint.NetworkId))
        {
            return Forbid();
        }

        var item = Blueprint.Items.FirstOrDefault(i => i.Key == Key);
        if (item is null)
        {
            return NotFound();
        }

        Item = item;
        return null;
    }
}
