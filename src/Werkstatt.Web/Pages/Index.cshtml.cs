using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Common;
using Werkstatt.Service.Networks;
using Werkstatt.Service.Werkstaetten;
using Werkstatt.Web.Security;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Web.Pages;

/// <summary>The start page per role: what is coming up in the user's network.</summary>
public sealed class IndexModel(ActorAccessor actors, WerkstattService werkstaetten, MemberService members, TimeProvider time) : PageModel
{
    public Actor Actor { get; private set; } = null!;

    public string? MemberName { get; private set; }

    public DateTimeOffset Now { get; private set; }

    public IReadOnlyList<WerkstattAggregate> Werkstaetten { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Actor = await actors.RequireAsync(cancellationToken);
        Now = time.GetUtcNow();
        if (Actor.MemberId is { } memberId && (await members.GetAsync(Actor, memberId, cancellationToken)) is { IsSuccess: true } member)
        {
            MemberName = member.Value.Name;
        }

        if (Actor.NetworkId is { } networkId && (await werkstaetten.ListAsync(Actor, networkId, cancellationToken)) is { IsSuccess: true } list)
        {
            Werkstaetten = list.Value.Where(w => !w.Phase.IsClosed()).ToList();
        }
    }
}
