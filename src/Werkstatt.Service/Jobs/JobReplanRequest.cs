namespace Werkstatt.Service.Jobs;

/// <summary>
/// "The jobs of this Werkstatt must be planned again" – written in the same transaction as the change of dates or phase,
/// and turned into Quartz triggers by whichever scheduler instance reads it first. Insert-only, so it never conflicts.
/// </summary>
public sealed class JobReplanRequest
{
    public long Id { get; set; }

    public Guid WerkstattId { get; set; }

    public DateTimeOffset RequestedAt { get; set; }
}
