using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Jobs.Recipients;

/// <summary>
/// Who gets one kind of reminder or escalation of a Werkstatt. Registered as a keyed service under
/// <see cref="RecipientKeys"/>; registering another one under the same key replaces it (the last registration wins),
/// which is how a feature narrows a reminder, e.g. voting reminders to the members that have not voted yet.
/// </summary>
public interface IRecipientResolver
{
    Task<IReadOnlyList<Recipient>> ResolveAsync(WerkstattAggregate werkstatt, CancellationToken cancellationToken);
}
