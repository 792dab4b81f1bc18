using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Voting;
using Werkstatt.Service.Common;
using Werkstatt.Service.Voting;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Pages.Werkstaetten;

/// <summary>Topics of a Werkstatt: propose one; the coordinator merges and withdraws.</summary>
public sealed class ThemenModel(ActorAccessor actors, TopicService topics) : PageModel
{
    [BindProperty]
    public ProposeInput Input { get; set; } = new();

    public TopicsView View { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => ShowAsync(id, null, cancellationToken);

    public async Task<IActionResult> OnPostProposeAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || id == Guid.Empty)
        {
            return await ShowAsync(id, null, cancellationToken);
        }

        var actor = await actors.RequireAsync(cancellationToken);
        var result = await topics.ProposeAsync(actor, new WerkstattId(id), new ProposeTopic(Input.Title, Input.Description, Input.WhyNow), cancellationToken);
        return await DoneAsync(id, result.IsSuccess ? $"Das Thema „{result.Value!.Title}“ ist vorgeschlagen." : null, result.Error, cancellationToken);
    }

    public async Task<IActionResult> OnPostMergeAsync(Guid id, Guid topicId, Guid? into, int? version, CancellationToken cancellationToken)
    {
        ModelState.Clear(); // the proposal form was not sent
        if (topicId == Guid.Empty || into is null || into == Guid.Empty)
        {
            return await DoneAsync(id, null, Error.Validation("Into", "Bitte das Thema wählen, in das zusammengeführt wird."), cancellationToken);
        }

        var actor = await actors.RequireAsync(cancellationToken);
        var result = await topics.MergeAsync(actor, new TopicId(topicId), new TopicId(into.Value), version, cancellationToken);
        return await DoneAsync(id, result.IsSuccess ? $"„{result.Value!.Title}“ ist zusammengeführt; die Punkte sind mitgewandert." : null, result.Error, cancellationToken);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, Guid topicId, int? version, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (topicId == Guid.Empty)
        {
            return NotFound();
        }

        var actor = await actors.RequireAsync(cancellationToken);
        var result = await topics.WithdrawAsync(actor, new TopicId(topicId), version, cancellationToken);
        return await DoneAsync(id, result.IsSuccess ? $"„{result.Value!.Title}“ ist zurückgezogen; vergebene Punkte sind frei." : null, result.Error, cancellationToken);
    }

    private async Task<IActionResult> DoneAsync(Guid id, string? notice, Error? error, CancellationToken cancellationToken)
    {
        if (error is null)
        {
            Notice = notice;
            return Redirect($"/Werkstaetten/{id}/Themen");
        }

        return PageErrors.Refusal(this, error) ?? await ShowAsync(id, error, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(Guid id, Error? error, CancellationToken cancellationToken)
    {
        if (id == Guid.Empty)
        {
            return NotFound();
        }

        var result = await topics.ListAsync(await actors.RequireAsync(cancellationToken), new WerkstattId(id), cancellationToken);
        if (!result.IsSuccess)
        {
            return PageErrors.Refusal(this, result.Error) ?? NotFound();
        }

        View = result.Value;
        if (error is not null)
        {
            PageErrors.AddTo<ProposeInput>(ModelState, error);
        }

        return Page();
    }
}
