using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Processes;

namespace Werkstatt.Service.ToBe;

/// <summary>
/// The live state of the modeler between saves: the latest XML a facilitator sent. In the database so a late joiner,
/// a reload or another web instance gets the current drawing. <see cref="Revision"/> rises with every change (and is
/// the concurrency token, so two racing writers cannot hand out the same revision).
/// </summary>
public sealed class ToBeDraft
{
    private ToBeDraft()
    {
    }

    public ToBeDraft(WerkstattId werkstattId, ProcessId processId)
    {
        WerkstattId = werkstattId;
        ProcessId = processId;
    }

    public WerkstattId WerkstattId { get; private set; }

    public ProcessId ProcessId { get; private set; }

    public string Xml { get; private set; } = string.Empty;

    public long Revision { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedBy { get; private set; } = string.Empty;

    public void Replace(string xml, DateTimeOffset now, string by)
    {
        Xml = xml;
        Revision++;
        UpdatedAt = now;
        UpdatedBy = by.Length <= 200 ? by : by[..200];
    }
}
