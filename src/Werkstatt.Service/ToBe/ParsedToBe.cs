using Werkstatt.Domain.ToBe;
using Werkstatt.Service.Bpmn.Model;
using Werkstatt.Service.Submissions;

namespace Werkstatt.Service.ToBe;

/// <summary>A saved to-be version read back through the importer, with the network's convention findings.</summary>
public sealed record ParsedToBe(ToBeVersion Version, BpmnModel Model, IReadOnlyList<SubmissionFinding> Findings);
