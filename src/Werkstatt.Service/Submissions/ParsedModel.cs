using Werkstatt.Domain.Review;
using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Submissions;

/// <summary>A stored model version read back through the importer, with what it noticed.</summary>
public sealed record ParsedModel(ModelVersion Version, BpmnModel Model, IReadOnlyList<BpmnProblem> Problems);
