using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Registers;
using Werkstatt.Service.Common;
using Werkstatt.Service.Registers;
using Werkstatt.Web.Security;
using DomainRegister = Werkstatt.Domain.Registers.Register;

namespace Werkstatt.Web.Pages.Register;

/// <summary>One register entry: rename, regroup, attributes and own attribute values; strike, restore, delete an own one.</summary>
public sealed class EintragModel(ActorAccessor actors, RegisterService registers) : PageModel
{
    [BindProperty]
    public EntryInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public Guid? Member { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public int? Version { get; set; }

    public RegisterView View { get; private set; } = null!;

    public RegisterEntry Entry { get; private set; } = null!;

    public DomainRegister Register => View.Register!;

    public string Back => Member is { } m ? $"/Register?member={m}" : "/Register";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        Input = new EntryInput
        {
            Name = Entry.Name, Group = Entry.Group, LeikaKey = Entry.LeikaKey?.Value, Description = Entry.Description, OwnerUnit = Entry.OwnerUnit,
            ResponsiblePerson = Entry.ResponsiblePerson, CaseVolume = Entry.CaseVolume, Priority = Entry.Priority, Status = Entry.Status, LibraryEntryId = Entry.LibraryEntryId,
            Values = Register.Definitions.ToDictionary(d => d.Id, d => (string?)AttributeValues.Display(d, Entry.Values.GetValueOrDefault(d.Id))),
        };
        Version = Register.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await LoadAsync(cancellationToken) ?? Page();
        }

        var (actor, member) = await WhoAsync(cancellationToken);
        var result = await registers.RenameAsync(actor, member, Id, Input.Name, Version, cancellationToken);
        if (result.IsSuccess)
        {
            result = await registers.DescribeAsync(actor, member, Id, Input.Group, Input.LeikaKey, Input.Description, result.Value.Version, cancellationToken);
        }

        if (result.IsSuccess)
        {
            var attributes = new EntryAttributes(Input.OwnerUnit, Input.ResponsiblePerson, Input.CaseVolume, Input.Priority, Input.Status, Input.LibraryEntryId);
            result = await registers.SetAttributesAsync(actor, member, Id, attributes, Input.Values, result.Value.Version, cancellationToken);
        }

        return await DoneAsync(result, cancellationToken);
    }

    public async Task<IActionResult> OnPostStrikeAsync(string? reason, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var (actor, member) = await WhoAsync(cancellationToken);
        return await DoneAsync(await registers.StrikeAsync(actor, member, Id, reason, Version, cancellationToken), cancellationToken);
    }

    public async Task<IActionResult> OnPostRestoreAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var (actor, member) = await WhoAsync(cancellationToken);
        return await DoneAsync(await registers.RestoreAsync(actor, member, Id, Version, cancellationToken), cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var (actor, member) = await WhoAsync(cancellationToken);
        return await DoneAsync(await registers.DeleteOwnAsync(actor, member, Id, Version, cancellationToken), cancellationToken);
    }

    private async Task<IActionResult> DoneAsync(Result<DomainRegister> result, CancellationToken cancellationToken)
    {
        if (result.IsSuccess)
        {
            TempData["Notice"] = "Der Eintrag ist gespeichert.";
            return Redirect(Back);
        }

        if (PageErrors.Refusal(this, result.Error) is { } refusal)
        {
            return refusal;
        }

        PageErrors.AddTo<EntryInput>(ModelState, result.Error);
        return await LoadAsync(cancellationToken) ?? Page();
    }

    private async Task<(Actor, MemberId)> WhoAsync(CancellationToken cancellationToken)
    {
        var actor = await actors.RequireAsync(cancellationToken);
        return (actor, Member is { } m ? new MemberId(m) : actor.MemberId ?? new MemberId(Guid.NewGuid()));
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var (actor, member) = await WhoAsync(cancellationToken);
        var result = await registers.GetAsync(actor, member, cancellationToken);
        if (!result.IsSuccess)
        {
            return PageErrors.Refusal(this, result.Error) ?? NotFound();
        }

        View = result.Value;
        var entry = View.Register?.Entries.FirstOrDefault(e => e.Id == Id);
        if (entry is null || !View.CanChange)
        {
            return entry is null ? NotFound() : Forbid();
        }

        Entry = entry;
        return null;
    }
}
