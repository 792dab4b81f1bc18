using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Processes;

namespace Werkstatt.Service.ToBe;

/// <summary>The raw BPMN XML of one saved to-be version, kept apart from the aggregate so loading it never loads files.</summary>
public sealed class ToBeFile
{
    private ToBeFile()
    {
    }

    public ToBeFile(WerkstattId werkstattId, ProcessId processId, int number, byte[] content)
    {
        WerkstattId = werkstattId;
        ProcessId = processId;
        Number = number;
        Content = content;
    }

    public WerkstattId WerkstattId { get; private set; }

    public ProcessId ProcessId { get; private set; }

    public int Number { get; private set; }

    public byte[] Content { get; private set; } = [];
}
