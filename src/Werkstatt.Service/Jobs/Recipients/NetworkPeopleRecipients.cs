using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Jobs.Recipients;

/// <summary>Every person of the network – the participants of a workshop until invitations name them.</summary>
public sealed class NetworkPeopleRecipients(PeopleDirectory people) : IRecipientResolver
{
    public Task<IReadOnlyList<Recipient>> ResolveAsync(WerkstattAggregate werkstatt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(werkstatt);
        return people.AllAsync(werkstatt.NetworkId, cancellationToken);
    }
}
