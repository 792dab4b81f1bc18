using Werkstatt.Domain.Network;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Jobs.Recipients;

/// <summary>Everyone of the Werkstatt's network whose login holds <paramref name="role"/>.</summary>
public class RoleRecipients(PeopleDirectory people, Role role) : IRecipientResolver
{
    public Task<IReadOnlyList<Recipient>> ResolveAsync(WerkstattAggregate werkstatt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(werkstatt);
        return people.WithRoleAsync(werkstatt.NetworkId, role, cancellationToken);
    }
}
