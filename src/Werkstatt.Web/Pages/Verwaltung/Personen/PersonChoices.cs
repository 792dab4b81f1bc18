using Microsoft.AspNetCore.Mvc.Rendering;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;

namespace Werkstatt.Web.Pages.Verwaltung.Personen;

/// <summary>What the actor may choose in the person forms: coordinators any member or none, process managers only their own.</summary>
public static class PersonChoices
{
    public const string ViewDataKey = "MemberOptions";

    public static IReadOnlyList<SelectListItem> Members(Actor actor, NetworkId networkId, IEnumerable<Member> members)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Coordinates(networkId))
        {
            return [new SelectListItem("– keine (Netzwerk) –", string.Empty), .. members.Select(Item)];
        }

        return members.Where(m => m.Id == actor.MemberId).Select(Item).ToList();
    }

    public static IReadOnlyList<SelectListItem> Roles(Actor actor, NetworkId networkId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var roles = new List<Role> { Role.ProcessManager, Role.Expert };
        if (actor.Coordinates(networkId))
        {
            roles.AddRange([Role.Coordinator, Role.QualityReviewer]);
        }

        if (actor.IsAdmin)
        {
            roles.Add(Role.Admin);
        }

        return [new SelectListItem("– keine (ohne Zugang) –", string.Empty), .. roles.Select(r => new SelectListItem(r.GermanName(), r.ToString()))];
    }

    /// <summary>Coordinators manage everyone; a process manager the people of their own member.</summary>
    public static bool CanManage(Actor actor, NetworkId networkId, MemberId? memberId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Coordinates(networkId) || (memberId is { } member && actor.ManagesMember(networkId, member));
    }

    private static SelectListItem Item(Member member) => new(member.Name, member.Id.Value.ToString());
}
