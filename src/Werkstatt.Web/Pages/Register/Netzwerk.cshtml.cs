using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Networks;
using Werkstatt.Service.Registers;
using Werkstatt.Service.Werkstaetten;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Pages.Register;

/// <summary>The network's registers in figures and the topic proposals; the coordinator turns one into a topic.</summary>
public sealed class NetzwerkModel(ActorAccessor actors, NetworkService networks, NetworkRegisterService registers, WerkstattService werkstaetten) : PageModel
{
    public NetworkRegistersView? View { get; private set; }

    /// <summary>Werkstätten collecting topics, for the coordinator's proposal form.</summary>
    public IReadOnlyList<(WerkstattId Id, string Title)> Collecting { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostProposeAsync(string? key, Guid? werkstattId, CancellationToken cancellationToken)
    {
        var actor = await actors.RequireAsync(cancellationToken);
        var network = await NetworkScope.ResolveAsync(actor, networks, cancellationToken);
        if (network is null || key is null || werkstattId is null || werkstattId == Guid.Empty)
        {
            ModelState.AddModelError(string.Empty, "Bitte einen Vorschlag und eine Werkstatt in der Themensammlung wählen.");
            return await LoadAsync(cancellationToken) ?? Page();
        }

        var result = await registers.ProposeTopicAsync(actor, network.Value, key, new WerkstattId(werkstattId.Value), cancellationToken);
        if (result.IsSuccess)
        {
            Notice = $"„{result.Value.Title}“ ist als Thema vorgeschlagen.";
            return Redirect("/Register/Netzwerk");
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
            return Page();
        }

        var result = await registers.GetAsync(actor, network.Value, cancellationToken);
        if (!result.IsSuccess)
        {
            return PageErrors.Refusal(this, result.Error) ?? NotFound();
        }

        View = result.Value;
        if (View.CanProposeTopics && (await werkstaetten.ListAsync(actor, network.Value, cancellationToken)).Value is { } list)
        {
            Collecting = list.Where(w => w.Phase == Phase.TopicCollection).Select(w => (w.Id, w.Title)).ToList();
        }

        return null;
    }
}
