using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Domain.Assignment;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Staffing;
using Werkstatt.Service.Common;
using Werkstatt.Service.Staffing;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Pages.Werkstaetten;

/// <summary>The assignment: a process manager's capacity, bids and claims; the coordinator's board with proposal, changes by hand and confirmation.</summary>
public sealed class ZuteilungModel(ActorAccessor actors, OfferService offers, AssignmentService assignment) : PageModel
{
    public Werkstatt.Domain.Cycle.Werkstatt Werkstatt { get; private set; } = null!;

    public OfferView? Offer { get; private set; }

    public BoardView? Board { get; private set; }

    [BindProperty]
    public int Capacity { get; set; }

    [BindProperty]
    public Dictionary<Guid, Bid> Bids { get; set; } = [];

    [BindProperty]
    public OverrideForm Override { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => ShowAsync(id, null, cancellationToken);

    public Task<IActionResult> OnPostCapacityAsync(Guid id, int? version, CancellationToken cancellationToken) =>
        ForMemberAsync(id, (actor, member) => offers.DeclareCapacityAsync(actor, new WerkstattId(id), member, Capacity, version, cancellationToken), "Die Kapazität ist gespeichert.", cancellationToken);

    public Task<IActionResult> OnPostBidsAsync(Guid id, int? version, CancellationToken cancellationToken) =>
        ForMemberAsync(id, (actor, member) => offers.SetBidsAsync(actor, new WerkstattId(id), member, Bids.Where(b => b.Key != Guid.Empty).ToDictionary(b => new ProcessId(b.Key), b => b.Value), version, cancellationToken), "Ihre Wünsche sind gespeichert.", cancellationToken);

    public Task<IActionResult> OnPostClaimAsync(Guid id, Guid processId, int? version, CancellationToken cancellationToken) =>
        processId == Guid.Empty ? Task.FromResult<IActionResult>(NotFound())
            : ForMemberAsync(id, (actor, member) => offers.ClaimAsync(actor, new WerkstattId(id), member, new ProcessId(processId), version, cancellationToken), "Der Prozess ist für Ihre Verwaltung gemeldet.", cancellationToken);

    public Task<IActionResult> OnPostReleaseAsync(Guid id, Guid processId, int? version, CancellationToken cancellationToken) =>
        processId == Guid.Empty ? Task.FromResult<IActionResult>(NotFound())
            : ForMemberAsync(id, (actor, member) => offers.ReleaseAsync(actor, new WerkstattId(id), member, new ProcessId(processId), version, cancellationToken), "Die Meldung ist zurückgezogen.", cancellationToken);

    public async Task<IActionResult> OnPostSolveAsync(Guid id, int? version, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var result = await assignment.SolveAsync(await actors.RequireAsync(cancellationToken), new WerkstattId(id), version, cancellationToken);
        return await DoneAsync(id, "Der Vorschlag ist berechnet; Meldungen bleiben, wie sie sind.", result.Error, cancellationToken);
    }

    public async Task<IActionResult> OnPostOverrideAsync(Guid id, int? version, CancellationToken cancellationToken)
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith("Override.", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }

        if (!ModelState.IsValid)
        {
            return await ShowAsync(id, null, cancellationToken);
        }

        var command = new OverrideCell(new ProcessId(Override.ProcessId!.Value), new MemberId(Override.MemberId!.Value), Override.Assign, Override.ConfirmViolation, version);
        var result = await assignment.OverrideAsync(await actors.RequireAsync(cancellationToken), new WerkstattId(id), command, cancellationToken);
        return await DoneAsync(id, "Die Änderung ist eingetragen.", result.Error, cancellationToken);
    }

    public async Task<IActionResult> OnPostConfirmAsync(Guid id, int? version, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var result = await assignment.ConfirmAsync(await actors.RequireAsync(cancellationToken), new WerkstattId(id), version, cancellationToken);
        return await DoneAsync(id, "Die Zuteilung ist bestätigt. Die Verwaltungen werden benachrichtigt.", result.Error, cancellationToken);
    }

    /// <summary>What a board cell says: on the plan or not, and the member's bid and claim.</summary>
    public string CellText(Process process, BoardMember member)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(member);
        var bid = member.Offer?.BidOn(process.Id) ?? Bid.Can;
        var cell = Board!.CellOf(process.Id, member.Id);
        var wish = bid == Bid.Can ? string.Empty : $" · {bid.GermanName()}";
        return cell is null
            ? (member.Offer?.HasClaimed(process.Id) == true ? "gemeldet, nicht im Plan" : bid == Bid.Can ? "–" : bid.GermanName())
            : $"zugeteilt ({cell.Source.GermanName()}){wish}{(cell.Violations is null ? string.Empty : " · Regel verletzt")}";
    }

    private async Task<IActionResult> ForMemberAsync(Guid id, Func<Actor, MemberId, Task<Result<OfferView>>> change, string notice, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var actor = await actors.RequireAsync(cancellationToken);
        if (actor.MemberId is not { } member || id == Guid.Empty)
        {
            return Forbid();
        }

        var result = await change(actor, member);
        return await DoneAsync(id, notice, result.Error, cancellationToken);
    }

    private async Task<IActionResult> DoneAsync(Guid id, string notice, Error? error, CancellationToken cancellationToken)
    {
        if (error is null)
        {
            Notice = notice;
            return Redirect($"/Werkstaetten/{id}/Zuteilung");
        }

        return PageErrors.Refusal(this, error) ?? await ShowAsync(id, error, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(Guid id, Error? error, CancellationToken cancellationToken)
    {
        if (id == Guid.Empty)
        {
            return NotFound();
        }

        var page = await assignment.PageAsync(await actors.RequireAsync(cancellationToken), new WerkstattId(id), cancellationToken);
        if (!page.IsSuccess)
        {
            return PageErrors.Refusal(this, page.Error) ?? NotFound();
        }

        (Werkstatt, Offer, Board) = page.Value;
        if (Offer is not null && error is null)
        {
            Capacity = Offer.Offer.Capacity;
        }

        if (error is not null)
        {
            PageErrors.AddTo<OverrideForm>(ModelState, error, "Override");
        }

        return Page();
    }
}
