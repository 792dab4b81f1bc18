using Werkstatt.Domain.Processes;
using Werkstatt.Domain.ToBe;

namespace Werkstatt.Service.ToBe;

/// <summary>The latest saved version of a process's to-be model with its raw XML: what the follow-up, the dossier and the library show.</summary>
public sealed record FinalToBe(ProcessId ProcessId, ToBeVersion Version, byte[] Content)
{
    /// <summary>File name used for downloads and packages, e.g. <c>soll-v3.bpmn</c>.</summary>
    public string FileName => $"soll-v{Version.Number}.bpmn";
}
