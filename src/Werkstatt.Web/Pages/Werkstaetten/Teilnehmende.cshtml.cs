using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Participants;
using Werkstatt.Service.Common;
using Werkstatt.Service.Invitations;
using Werkstatt.Service.Participants;
using Werkstatt.Service.Workshop;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Pages.Werkstaetten;

/// <summary>Participants of a workshop: members register their people, the coordinator manages the list and sends the invitations.</summary>
public sealed class TeilnehmendeModel(ActorAccessor actors, ParticipantService participants, InvitationService invitations, WorkshopService workshops) : PageModel
{
    [BindProperty]
    public ParticipantForm Input { get; set; } = new();

    public ParticipantsView View { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => ShowAsync(id, null, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || id == Guid.Empty)
        {
            return await ShowAsync(id, null, cancellationToken);
        }

        var actor = await actors.RequireAsync(cancellationToken);
        var result = await participants.AddAsync(actor, new WerkstattId(id), new ParticipantInput(Input.PersonId, Input.Role, Input.Function, Input.ProcessIds), cancellationToken);
        if (result.IsSuccess)
        {
            var listed = await participants.ListAsync(actor, new WerkstattId(id), cancellationToken);
            Notice = listed.Value?.Rows.FirstOrDefault(r => r.Participant.Id == result.Value.Id)?.WaitingPosition is { } place
                ? $"Der Raum ist voll: Die Person steht auf der Warteliste (Platz {place}) und wird eingeladen, sobald ein Platz frei wird."
                : "Die Person ist angemeldet.";
            return Redirect($"/Werkstaetten/{id}/Teilnehmende");
        }

        return PageErrors.Refusal(this, result.Error) ?? await ShowAsync(id, result.Error, cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid participantId, int version, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var actor = await actors.RequireAsync(cancellationToken);
        var result = await participants.RemoveAsync(actor, new ParticipantId(participantId == Guid.Empty ? Guid.NewGuid() : participantId), version, cancellationToken);
        if (result.IsSuccess)
        {
            Notice = "Die Person ist abgemeldet.";
            return Redirect($"/Werkstaetten/{id}/Teilnehmende");
        }

        return PageErrors.Refusal(this, result.Error) ?? await ShowAsync(id, result.Error, cancellationToken);
    }

    public async Task<IActionResult> OnPostCapacityAsync(Guid id, int? capacity, int version, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var actor = await actors.RequireAsync(cancellationToken);
        var result = await workshops.SetCapacityAsync(actor, new WerkstattId(id == Guid.Empty ? Guid.NewGuid() : id), capacity, version, cancellationToken);
        if (result.IsSuccess)
        {
            Notice = capacity is null ? "Die Platzgrenze ist aufgehoben." : $"Der Raum hat jetzt {capacity} Plätze.";
            return Redirect($"/Werkstaetten/{id}/Teilnehmende");
        }

        return PageErrors.Refusal(this, result.Error) ?? await ShowAsync(id, result.Error, cancellationToken);
    }

    public async Task<IActionResult> OnPostSendAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var actor = await actors.RequireAsync(cancellationToken);
        var result = await invitations.SendAsync(actor, new WerkstattId(id == Guid.Empty ? Guid.NewGuid() : id), cancellationToken);
        if (result.IsSuccess)
        {
            Notice = result.Value == 0 ? "Alle Teilnehmenden haben ihre Einladung bereits; es wurde nichts erneut verschickt." : $"{result.Value} Einladungen werden verschickt.";
            return Redirect($"/Werkstaetten/{id}/Teilnehmende");
        }

        return PageErrors.Refusal(this, result.Error) ?? await ShowAsync(id, result.Error, cancellationToken);
    }

    public async Task<IActionResult> OnPostRetryGraphAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var actor = await actors.RequireAsync(cancellationToken);
        var result = await invitations.RetryGraphAsync(actor, new WerkstattId(id == Guid.Empty ? Guid.NewGuid() : id), cancellationToken);
        if (result.IsSuccess)
        {
            Notice = "Die Termine werden erneut an Microsoft 365 übertragen.";
            return Redirect($"/Werkstaetten/{id}/Teilnehmende");
        }

        return PageErrors.Refusal(this, result.Error) ?? await ShowAsync(id, result.Error, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(Guid id, Error? error, CancellationToken cancellationToken)
    {
        if (id == Guid.Empty)
        {
            return NotFound();
        }

        var result = await participants.ListAsync(await actors.RequireAsync(cancellationToken), new WerkstattId(id), cancellationToken);
        if (!result.IsSuccess)
        {
            return PageErrors.Refusal(this, result.Error) ?? NotFound();
        }

        View = result.Value;
        if (error is not null)
        {
            PageErrors.AddTo<ParticipantForm>(ModelState, error);
        }

        return Page();
    }
}
