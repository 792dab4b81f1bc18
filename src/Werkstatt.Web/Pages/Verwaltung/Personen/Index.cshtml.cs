using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Options;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;
using Werkstatt.Service.Networks;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Pages.Verwaltung.Personen;

/// <summary>The people of the network, filterable by member; coordinators and process managers register people (optionally with a login).</summary>
public sealed class IndexModel(ActorAccessor actors, NetworkService networks, MemberService members, PersonService people, IOptions<IdentityOptions> identity) : PageModel
{
    /// <summary>The password rules, for the hint beside the password field.</summary>
    public PasswordOptions PasswordRules => identity.Value.Password;

    [BindProperty]
    public NewPersonForm Input { get; set; } = new();

    /// <summary>The member filter (<c>?memberId=</c>); null shows everyone.</summary>
    [BindProperty(SupportsGet = true, Name = "memberId")]
    public Guid? Filter { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public IReadOnlyList<Person> People { get; private set; } = [];

    public IReadOnlyDictionary<MemberId, string> MemberNames { get; private set; } = new Dictionary<MemberId, string>();

    public IReadOnlyList<SelectListItem> MemberOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> RoleOptions { get; private set; } = [];

    public bool HasNetwork { get; private set; }

    public bool CanCreate { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = await actors.RequireAsync(cancellationToken);
        Input.MemberId = actor.Is(Role.ProcessManager) ? actor.MemberId?.Value : null;
        return await ShowAsync(actor, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var actor = await actors.RequireAsync(cancellationToken);
        if (await NetworkScope.ResolveAsync(actor, networks, cancellationToken) is not { } networkId)
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            var result = await people.CreateAsync(actor, networkId, Input.ToInput(), cancellationToken);
            if (result.IsSuccess)
            {
                Notice = Input.Role is null
                    ? $"{result.Value.Name} ist erfasst."
                    : $"{result.Value.Name} ist erfasst und kann sich mit {result.Value.Email} anmelden.";
                return Redirect(Filter is { } f ? $"/Verwaltung/Personen?memberId={f}" : "/Verwaltung/Personen");
            }

            if (PageErrors.Refusal(this, result.Error) is { } refusal)
            {
                return refusal;
            }

            PageErrors.AddTo<NewPersonForm>(ModelState, result.Error);
        }

        return await ShowAsync(actor, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (await NetworkScope.ResolveAsync(actor, networks, cancellationToken) is not { } networkId)
        {
            return Page();
        }

        var memberList = await members.ListAsync(actor, networkId, cancellationToken);
        var filter = Filter is { } f && f != Guid.Empty ? new MemberId(f) : (MemberId?)null;
        var list = await people.ListAsync(actor, networkId, filter, cancellationToken);
        if (!memberList.IsSuccess || !list.IsSuccess)
        {
            return PageErrors.Refusal(this, memberList.Error ?? list.Error!) ?? Page();
        }

        HasNetwork = true;
        People = list.Value;
        MemberNames = memberList.Value.ToDictionary(m => m.Id, m => m.Name);
        MemberOptions = PersonChoices.Members(actor, networkId, memberList.Value);
        RoleOptions = PersonChoices.Roles(actor, networkId);
        CanCreate = actor.Coordinates(networkId) || (actor.Is(Role.ProcessManager) && actor.MemberId is not null);
        return Page();
    }
}
