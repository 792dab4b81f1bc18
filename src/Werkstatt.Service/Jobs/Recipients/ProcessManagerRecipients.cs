using Werkstatt.Domain.Network;

namespace Werkstatt.Service.Jobs.Recipients;

/// <summary>The process managers of all members (until assignments and ballots narrow it to those with open work).</summary>
public sealed class ProcessManagerRecipients(PeopleDirectory people) : RoleRecipients(people, Role.ProcessManager);
