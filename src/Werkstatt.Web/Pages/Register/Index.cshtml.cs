using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Registers;
using Werkstatt.Service.Common;
using Werkstatt.Service.Registers;
using Werkstatt.Service.Registers.Exchange;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Pages.Register;

/// <summary>My register (or, for the coordinator and shared registers, a member's): table with filters, own processes, blueprint changes, coverage, exchange.</summary>
public sealed class IndexModel(ActorAccessor actors, RegisterService registers, RegisterExchangeService exchange, NetworkRegisterService network) : PageModel
{
    [BindProperty]
    public OwnEntryInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public Guid? Member { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Gruppe { get; set; }

    [BindProperty(SupportsGet = true)]
    public ProcessStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Gestrichen { get; set; }

    public RegisterView? View { get; private set; }

    /// <summary>Members whose register the actor may open (own, shared, or all for the coordinator).</summary>
    public IReadOnlyList<Domain.Network.Member> Choices { get; private set; } = [];

    public RegisterFilter Filter => new(Q, Gruppe, Status, Gestrichen);

    [TempData]
    public string? Notice { get; set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(null, cancellationToken);

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken cancellationToken)
    {
        var actor = await actors.RequireAsync(cancellationToken);
        var member = Member is { } m ? new MemberId(m) : actor.MemberId;
        if (member is null)
        {
            return NotFound();
        }

        var result = await exchange.ExportAsync(actor, member.Value, format == "xlsx" ? RegisterFileFormat.Xlsx : RegisterFileFormat.Csv, cancellationToken);
        return result.IsSuccess ? File(result.Value.Content, result.Value.ContentType, result.Value.FileName) : PageErrors.Refusal(this, result.Error) ?? NotFound();
    }

    public Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken) =>
        RunAsync((actor, member) => registers.CreateAsync(actor, member, cancellationToken), "Das Register ist aus der Blaupause angelegt.", cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(int? version, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await ShowAsync(null, cancellationToken);
        }

        return await RunAsync((actor, member) => registers.AddOwnAsync(actor, member, Input.Group, Input.Name, Input.LeikaKey, Input.Description, version, cancellationToken), $"„{Input.Name}“ ist als eigener Prozess aufgenommen.", cancellationToken);
    }

    public Task<IActionResult> OnPostShareAsync(bool shared, int? version, CancellationToken cancellationToken) =>
        RunAsync((actor, member) => registers.SetSharedAsync(actor, member, shared, version, cancellationToken), shared ? "Das Register ist für das Netzwerk freigegeben." : "Die Freigabe ist aufgehoben.", cancellationToken);

    public Task<IActionResult> OnPostApplyAsync(BlueprintChangeKind kind, Guid itemKey, int? version, CancellationToken cancellationToken) =>
        RunAsync((actor, member) => registers.ApplyChangeAsync(actor, member, kind, itemKey, version, cancellationToken), "Die Änderung der Blaupause ist übernommen.", cancellationToken);

    public Task<IActionResult> OnPostDeclineAsync(BlueprintChangeKind kind, Guid itemKey, int? version, CancellationToken cancellationToken) =>
        RunAsync((actor, member) => registers.DeclineChangeAsync(actor, member, kind, itemKey, version, cancellationToken), "Die Änderung der Blaupause ist abgelehnt.", cancellationToken);

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, int? version, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return await ShowAsync(Error.Validation("File", "Bitte eine Datei (.csv oder .xlsx) wählen."), cancellationToken);
        }

        if (file.Length > RegisterExchangeService.MaxFileBytes)
        {
            return await ShowAsync(Error.Validation("File", "Die Datei ist zu groß."), cancellationToken);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var format = file.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? RegisterFileFormat.Xlsx : RegisterFileFormat.Csv;
        var count = 0;
        return await RunAsync(async (actor, member) =>
        {
            var result = await exchange.ImportAsync(actor, member, buffer.ToArray(), format, version, cancellationToken);
            count = result.Value;
            return result.IsSuccess ? Result<bool>.Ok(true) : result.Error;
        }, null, cancellationToken, () => $"{count} Zeilen aus „{file.FileName}“ sind übernommen.");
    }

    private async Task<IActionResult> RunAsync<T>(Func<Actor, MemberId, Task<Result<T>>> action, string? notice, CancellationToken cancellationToken, Func<string>? noticeAfter = null)
    {
        ModelState.Remove("Input.Group");
        ModelState.Remove("Input.Name");
        var actor = await actors.RequireAsync(cancellationToken);
        var member = Member is { } m ? new MemberId(m) : actor.MemberId;
        if (member is null)
        {
            return NotFound();
        }

        var result = await action(actor, member.Value);
        if (result.IsSuccess)
        {
            Notice = noticeAfter?.Invoke() ?? notice;
            return Redirect(Member is { } own ? $"/Register?member={own}" : "/Register");
        }

        return PageErrors.Refusal(this, result.Error) ?? await ShowAsync(result.Error, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(Error? error, CancellationToken cancellationToken)
    {
        var actor = await actors.RequireAsync(cancellationToken);
        if (actor.NetworkId is { } networkId)
        {
            Choices = await network.ReadableAsync(actor, networkId, cancellationToken);
        }

        var member = Member is { } m ? new MemberId(m) : actor.MemberId;
        if (member is null)
        {
            return Page();
        }

        var result = await registers.GetAsync(actor, member.Value, cancellationToken);
        if (!result.IsSuccess)
        {
            return PageErrors.Refusal(this, result.Error) ?? NotFound();
        }

        View = result.Value;
        if (error is not null)
        {
            PageErrors.AddTo<OwnEntryInput>(ModelState, error);
        }

        return Page();
    }
}
