using Werkstatt.Domain.Network;

namespace Werkstatt.Service.Jobs.Recipients;

/// <summary>The network's coordination, who hears about overdue work.</summary>
public sealed class CoordinatorRecipients(PeopleDirectory people) : RoleRecipients(people, Role.Coordinator);
