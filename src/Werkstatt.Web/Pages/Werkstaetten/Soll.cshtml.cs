using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.ToBe;
using Werkstatt.Service.Common;
using Werkstatt.Service.ToBe;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Pages.Werkstaetten;

/// <summary>
/// The to-be (SOLL) model of one process: with JavaScript the live modeler (facilitators) or viewer (everyone else);
/// without it the latest saved version drawn by our SVG writer with its list view, the comments and an upload form.
/// </summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class SollModel(ActorAccessor actors, ToBeService toBe) : PageModel
{
    private const long MaxRequestBytes = 12 * 1024 * 1024;

    public ToBeView View { get; private set; } = null!;

    [BindProperty]
    [Display(Name = "BPMN-Datei des SOLL-Modells (höchstens 10 MB)")]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    [Display(Name = "Element (Kennung, optional)")]
    public string? ElementId { get; set; }

    [BindProperty]
    [Display(Name = "Kommentar")]
    public string? Text { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public Task<IActionResult> OnGetAsync(Guid id, Guid processId, CancellationToken cancellationToken) => ShowAsync(id, processId, null, cancellationToken);

    public async Task<IActionResult> OnPostUploadAsync(Guid id, Guid processId, CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            return await ShowAsync(id, processId, Error.Validation("Upload", "Bitte eine BPMN-Datei auswählen."), cancellationToken);
        }

        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, cancellationToken);
        var result = await toBe.SaveAsync(await actors.RequireAsync(cancellationToken), new WerkstattId(id), new ProcessId(processId), buffer.ToArray(), ToBeBasis.Upload, null, null, Version, cancellationToken);
        return await DoneAsync(id, processId, result, s => $"Version {s.Saved.Number} ist gespeichert ({s.Findings.Count} Befunde).", cancellationToken);
    }

    public async Task<IActionResult> OnPostCommentAsync(Guid id, Guid processId, CancellationToken cancellationToken)
    {
        var result = await toBe.CommentAsync(await actors.RequireAsync(cancellationToken), new WerkstattId(id), new ProcessId(processId), ElementId, Text, cancellationToken);
        return await DoneAsync(id, processId, result, _ => "Der Kommentar ist gespeichert.", cancellationToken);
    }

    private async Task<IActionResult> DoneAsync<T>(Guid id, Guid processId, Result<T> result, Func<T, string> notice, CancellationToken cancellationToken)
    {
        if (result.IsSuccess)
        {
            Notice = notice(result.Value);
            return Redirect($"/Werkstaetten/{id}/Soll/{processId}");
        }

        return PageErrors.Refusal(this, result.Error) ?? await ShowAsync(id, processId, result.Error, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(Guid id, Guid processId, Error? error, CancellationToken cancellationToken)
    {
        if (id == Guid.Empty || processId == Guid.Empty)
        {
            return NotFound();
        }

        var result = await toBe.GetAsync(await actors.RequireAsync(cancellationToken), new WerkstattId(id), new ProcessId(processId), cancellationToken);
        if (!result.IsSuccess)
        {
            return PageErrors.Refusal(this, result.Error) ?? NotFound();
        }

        View = result.Value;
        Version = View.Version;
        if (error is not null)
        {
            foreach (var (field, message) in error.FieldMessages.Count > 0 ? error.FieldMessages : [new(string.Empty, error.Message)])
            {
                ModelState.AddModelError(field == "File" ? nameof(Upload) : field, message);
            }
        }

        return Page();
    }
}
