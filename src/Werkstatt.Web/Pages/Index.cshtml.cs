using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Service.Common;
using Werkstatt.Service.MyTasks;
using Werkstatt.Service.Networks;
using Werkstatt.Web.Security;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Web.Pages;

/// <summary>The start page for every role: "Meine Aufgaben" (what is due from me, by when), then the network's Werkstätten.</summary>
public sealed class IndexModel(ActorAccessor actors, MyTasksService myTasks, MemberService members, NetworkService networks, TimeProvider time) : PageModel
{
    public Actor Actor { get; private set; } = null!;

    public string? MemberName { get; private set; }

    public DateTimeOffset Now { get; private set; }

    public MyTasksView? Tasks { get; private set; }

    public IReadOnlyList<WerkstattAggregate> Werkstaetten { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Actor = await actors.RequireAsync(cancellationToken);
        Now = time.GetUtcNow();
        if (Actor.MemberId is { } memberId && (await members.GetAsync(Actor, memberId, cancellationToken)) is { IsSuccess: true } member)
        {
            MemberName = member.Value.Name;
        }

        if (await NetworkScope.ResolveAsync(Actor, networks, cancellationToken) is not { } networkId)
        {
            return;
        }

        // The tasks were found among the open Werkstätten; the list below shows the same ones without reading them again.
        if ((await myTasks.ForAsync(Actor, networkId, cancellationToken)) is { IsSuccess: true } tasks)
        {
            Tasks = tasks.Value;
            Now = tasks.Value.Now;
            Werkstaetten = tasks.Value.OpenWerkstaetten;
        }
    }
}
