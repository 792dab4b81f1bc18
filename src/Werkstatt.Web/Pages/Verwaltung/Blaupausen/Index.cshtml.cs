using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Domain.Blueprints;
using Werkstatt.Service.Common;
using Werkstatt.Service.Networks;
using Werkstatt.Service.Registers;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Pages.Verwaltung.Blaupausen;

/// <summary>The blueprints of the network per level: create (from the starter data), edit the tree, publish a version.</summary>
public sealed class IndexModel(ActorAccessor actors, NetworkService networks, BlueprintService blueprints) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public BlueprintLevel Ebene { get; set; }

    public Blueprint? Blueprint { get; private set; }

    public bool CanEdit { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostCreateAsync(bool starter, CancellationToken cancellationToken)
    {
        var actor = await actors.RequireAsync(cancellationToken);
        var network = await NetworkScope.ResolveAsync(actor, networks, cancellationToken);
        if (network is null)
        {
            return NotFound();
        }

        return await DoneAsync(await blueprints.CreateAsync(actor, network.Value, Ebene, starter, cancellationToken), "Die Blaupause ist angelegt. Prüfen Sie sie und veröffentlichen Sie dann Version 1.", cancellationToken);
    }

    public async Task<IActionResult> OnPostGroupAsync(Guid id, Guid? parentKey, string? name, int? version, CancellationToken cancellationToken) =>
        await DoneAsync(await blueprints.AddGroupAsync(await actors.RequireAsync(cancellationToken), new BlueprintId(id), parentKey, name, version, cancellationToken), $"Die Gruppe „{name}“ ist angelegt.", cancellationToken);

    public async Task<IActionResult> OnPostProcessAsync(Guid id, Guid groupKey, string? name, string? leikaKey, string? description, int? version, CancellationToken cancellationToken) =>
        await DoneAsync(await blueprints.AddProcessAsync(await actors.RequireAsync(cancellationToken), new BlueprintId(id), groupKey, name, leikaKey, description, version, cancellationToken), $"Der Prozess „{name}“ ist aufgenommen.", cancellationToken);

    public async Task<IActionResult> OnPostPublishAsync(Guid id, int? version, CancellationToken cancellationToken)
    {
        var result = await blueprints.PublishAsync(await actors.RequireAsync(cancellationToken), new BlueprintId(id), version, cancellationToken);
        return await DoneAsync(result, result.IsSuccess ? $"Version {result.Value.PublishedVersion} ist veröffentlicht; die Register der Verwaltungen bekommen die Änderungen angeboten." : string.Empty, cancellationToken);
    }

    private async Task<IActionResult> DoneAsync(Result<Blueprint> result, string notice, CancellationToken cancellationToken)
    {
        if (result.IsSuccess)
        {
            Notice = notice;
            return Redirect($"/Verwaltung/Blaupausen?ebene={Ebene}");
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
        var network = await NetworkScope.ResolveAsync(actor, networks, cancellationToken);
        if (network is null)
        {
            return NotFound();
        }

        var list = await blueprints.ListAsync(actor, network.Value, cancellationToken);
        if (!list.IsSuccess)
        {
            return PageErrors.Refusal(this, list.Error) ?? NotFound();
        }

        Blueprint = list.Value.FirstOrDefault(b => b.Level == Ebene);
        CanEdit = actor.Coordinates(network.Value);
        return null;
    }
}
