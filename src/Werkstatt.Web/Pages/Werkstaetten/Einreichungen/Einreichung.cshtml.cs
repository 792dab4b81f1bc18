using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Review;
using Werkstatt.Service.Common;
using Werkstatt.Service.Submissions;
using Werkstatt.Service.ToBe;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Pages.Werkstaetten.Einreichungen;

/// <summary>
/// One submission: upload, profile, drawing with findings and list view, the review actions and the history. The form
/// limit lies a little above the service's 10 MB, so a slightly larger file still gets the German message.
/// </summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class EinreichungModel(ActorAccessor actors, SubmissionService submissions, ReviewService reviews, ToBeService toBe) : PageModel
{
    private const long MaxRequestBytes = 12 * 1024 * 1024;

    [BindProperty]
    public UploadForm Upload { get; set; } = new();

    [BindProperty]
    public ProfileForm Profile { get; set; } = new();

    [BindProperty]
    public ReviewForm Review { get; set; } = new();

    public SubmissionView View { get; private set; } = null!;

    /// <summary>The Werkstatt's to-be model, shown from the follow-up on; null before.</summary>
    public FinalToBeView? FinalToBe { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public Task<IActionResult> OnGetAsync(Guid id, Guid processId, Guid memberId, CancellationToken cancellationToken) =>
        ShowAsync(id, processId, memberId, null, null, cancellationToken);

    public async Task<IActionResult> OnPostUploadAsync(Guid id, Guid processId, Guid memberId, CancellationToken cancellationToken)
    {
        if (Upload.File is null || Upload.File.Length == 0)
        {
            return await ShowAsync(id, processId, memberId, Error.Validation("File", "Bitte eine BPMN-Datei auswählen."), "Upload", cancellationToken);
        }

        await using var stream = Upload.File.OpenReadStream();
        return await DoneAsync(
            id, processId, memberId, "Upload",
            (actor, w, p, m) => submissions.UploadAsync(actor, w, p, m, Upload.Kind, Upload.File.FileName, stream, Upload.Version, cancellationToken),
            v => $"Version {v.Submission!.Versions[^1].Number} ist gespeichert.", cancellationToken);
    }

    public Task<IActionResult> OnPostProfileAsync(Guid id, Guid processId, Guid memberId, CancellationToken cancellationToken) =>
        DoneAsync(id, processId, memberId, "Profile",
            (actor, w, p, m) => submissions.SaveProfileAsync(actor, w, p, m, Profile.ToInput(), Profile.Version, cancellationToken),
            _ => "Der Steckbrief ist gespeichert.", cancellationToken);

    public Task<IActionResult> OnPostStartAsync(Guid id, Guid processId, Guid memberId, CancellationToken cancellationToken) =>
        DoneAsync(id, processId, memberId, "Review",
            (actor, w, p, m) => reviews.StartAsync(actor, w, p, m, Review.Version, cancellationToken),
            _ => "Die Prüfung ist begonnen.", cancellationToken);

    public Task<IActionResult> OnPostReworkAsync(Guid id, Guid processId, Guid memberId, CancellationToken cancellationToken)
    {
        var comments = Review.CommentTexts
            .Select((text, i) => new ReworkRequest(text ?? string.Empty, i < Review.CommentElements.Count ? Review.CommentElements[i] : null))
            .Where(c => !string.IsNullOrWhiteSpace(c.Text))
            .ToList();
        DateTimeOffset? deadline = Review.Deadline is { } d ? Display.FromInput(d) : null;
        return DoneAsync(id, processId, memberId, "Review",
            (actor, w, p, m) => reviews.RequestReworkAsync(actor, w, p, m, comments, deadline, Review.Version, cancellationToken),
            _ => "Die Überarbeitung ist angefordert.", cancellationToken);
    }

    public Task<IActionResult> OnPostApproveAsync(Guid id, Guid processId, Guid memberId, CancellationToken cancellationToken) =>
        DoneAsync(id, processId, memberId, "Review",
            (actor, w, p, m) => reviews.ApproveAsync(actor, w, p, m, Review.Note, Review.Version, cancellationToken),
            _ => "Die Einreichung ist freigegeben.", cancellationToken);

    public Task<IActionResult> OnPostExcuseAsync(Guid id, Guid processId, Guid memberId, CancellationToken cancellationToken) =>
        DoneAsync(id, processId, memberId, "Review",
            (actor, w, p, m) => reviews.ExcuseAsync(actor, w, p, m, Review.Reason, Review.Version, cancellationToken),
            _ => "Die Verwaltung ist von dieser Einreichung entschuldigt.", cancellationToken);

    private async Task<IActionResult> DoneAsync(
        Guid id, Guid processId, Guid memberId, string form,
        Func<Actor, WerkstattId, ProcessId, MemberId, Task<Result<SubmissionView>>> change, Func<SubmissionView, string> notice, CancellationToken cancellationToken)
    {
        if (id == Guid.Empty || processId == Guid.Empty || memberId == Guid.Empty)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return await ShowAsync(id, processId, memberId, null, form, cancellationToken);
        }

        var actor = await actors.RequireAsync(cancellationToken);
        var result = await change(actor, new WerkstattId(id), new ProcessId(processId), new MemberId(memberId));
        if (result.IsSuccess)
        {
            Notice = notice(result.Value);
            return Redirect($"/Werkstaetten/{id}/Einreichungen/{processId}/{memberId}");
        }

        return PageErrors.Refusal(this, result.Error) ?? await ShowAsync(id, processId, memberId, result.Error, form, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(Guid id, Guid processId, Guid memberId, Error? error, string? form, CancellationToken cancellationToken)
    {
        if (id == Guid.Empty || processId == Guid.Empty || memberId == Guid.Empty)
        {
            return NotFound();
        }

        var actor = await actors.RequireAsync(cancellationToken);
        var result = await submissions.GetAsync(actor, new WerkstattId(id), new ProcessId(processId), new MemberId(memberId), cancellationToken);
        if (!result.IsSuccess)
        {
            return PageErrors.Refusal(this, result.Error) ?? NotFound();
        }

        View = result.Value;
        if (FinalToBeView.ShownIn(View.Werkstatt.Phase))
        {
            var final = await toBe.GetAsync(actor, new WerkstattId(id), new ProcessId(processId), cancellationToken);
            FinalToBe = new FinalToBeView(id, processId, final.IsSuccess ? final.Value.Latest : null);
        }
        if (form != "Profile")
        {
            Profile = ProfileForm.From(View.Submission?.Profile, View.Process.Name, View.Version);
        }

        Upload.Version = View.Version;
        Review.Version = View.Version;
        Review.Deadline ??= Display.ToInput(View.Werkstatt.Schedule.ReviewDue);
        if (error is not null)
        {
            PageErrors.AddTo(ModelState, error, form ?? string.Empty);
        }

        return Page();
    }
}
