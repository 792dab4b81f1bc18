using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Voting;
using Werkstatt.Service.Common;
using Werkstatt.Service.Voting;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Pages.Werkstaetten;

/// <summary>The vote: a process manager's ballot with the dots left; the coordinator's rules, who has not voted, counts, close.</summary>
public sealed class AbstimmungModel(ActorAccessor actors, VotingService voting) : PageModel
{
    public VotingView View { get; private set; } = null!;

    public BallotView? Ballot { get; private set; }

    /// <summary>Dots per topic id, as the ballot form sends them.</summary>
    [BindProperty]
    public Dictionary<Guid, int> Dots { get; set; } = [];

    [BindProperty]
    public VotingSettingsForm Settings { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => ShowAsync(id, null, fresh: true, cancellationToken);

    public async Task<IActionResult> OnPostCastAsync(Guid id, int? ballotVersion, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var actor = await actors.RequireAsync(cancellationToken);
        if (actor.MemberId is not { } member || id == Guid.Empty)
        {
            return Forbid();
        }

        var dots = Dots.Where(d => d.Key != Guid.Empty).ToDictionary(d => new TopicId(d.Key), d => d.Value);
        var result = await voting.CastAsync(actor, new WerkstattId(id), member, new CastBallot(dots, ballotVersion), cancellationToken);
        return await DoneAsync(id, result.IsSuccess ? $"Ihre Stimmen sind gespeichert; noch {result.Value!.DotsLeft} Punkte frei." : null, result.Error, cancellationToken);
    }

    public async Task<IActionResult> OnPostSettingsAsync(Guid id, int? version, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await ShowAsync(id, null, fresh: false, cancellationToken);
        }

        var actor = await actors.RequireAsync(cancellationToken);
        var result = await voting.ChangeSettingsAsync(actor, new WerkstattId(id), new VotingSettingsInput(Settings.Budget, Settings.MaxPerTopic, Settings.Winners, version), cancellationToken);
        return await DoneAsync(id, result.IsSuccess ? "Die Regeln der Abstimmung sind gespeichert." : null, result.Error, cancellationToken);
    }

    public async Task<IActionResult> OnPostCountsAsync(Guid id, bool visible, int? version, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var result = await voting.ShowCountsAsync(await actors.RequireAsync(cancellationToken), new WerkstattId(id), visible, version, cancellationToken);
        return await DoneAsync(id, result.IsSuccess ? (visible ? "Der Zwischenstand ist jetzt für alle sichtbar." : "Der Zwischenstand ist wieder verborgen.") : null, result.Error, cancellationToken);
    }

    public async Task<IActionResult> OnPostCloseAsync(Guid id, int? version, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var result = await voting.CloseAsync(await actors.RequireAsync(cancellationToken), new WerkstattId(id), version, cancellationToken);
        if (result.IsSuccess)
        {
            Notice = "Die Abstimmung ist geschlossen; das Ergebnis steht fest.";
            return Redirect($"/Werkstaetten/{id}/Ergebnis");
        }

        return await DoneAsync(id, null, result.Error, cancellationToken);
    }

    private async Task<IActionResult> DoneAsync(Guid id, string? notice, Error? error, CancellationToken cancellationToken)
    {
        if (error is null)
        {
            Notice = notice;
            return Redirect($"/Werkstaetten/{id}/Abstimmung");
        }

        return PageErrors.Refusal(this, error) ?? await ShowAsync(id, error, fresh: false, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(Guid id, Error? error, bool fresh, CancellationToken cancellationToken)
    {
        if (id == Guid.Empty)
        {
            return NotFound();
        }

        var actor = await actors.RequireAsync(cancellationToken);
        var result = await voting.GetPageAsync(actor, new WerkstattId(id), cancellationToken);
        if (!result.IsSuccess)
        {
            return PageErrors.Refusal(this, result.Error) ?? NotFound();
        }

        View = result.Value.Voting;
        Ballot = result.Value.Ballot;

        if (fresh)
        {
            var s = View.Round.Settings;
            Settings = new VotingSettingsForm { Budget = s.Budget, MaxPerTopic = s.MaxPerTopic, Winners = s.Winners };
        }

        if (error is not null)
        {
            PageErrors.AddTo<VotingSettingsForm>(ModelState, error, "Settings");
        }

        return Page();
    }

    /// <summary>The dots a topic shows in the ballot form: what was just sent after a refusal, else what is stored.</summary>
    public int DotsShown(TopicId topic) => Dots.TryGetValue(topic.Value, out var sent) ? sent : Ballot?.Ballot.DotsOn(topic) ?? 0;
}
