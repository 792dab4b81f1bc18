using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Bpmn.Outline;

/// <summary>
/// The list view of a model: per process the steps in the order of the sequence flows from the start events; a split
/// lists its branches, which end where they join again, and the walk continues after the join. Steps reached again
/// become "weiter bei" references, so loops terminate. Steps not reachable from a start are listed at the end.
/// </summary>
public static class BpmnOutline
{
    public static IReadOnlyList<OutlineNode> Build(BpmnModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var walker = new OutlineWalker(model);
        var result = new List<OutlineNode>();
        foreach (var process in model.Processes)
        {
            var pool = process.ParticipantId is null ? null : model.Find(process.ParticipantId);
            var name = pool is { Name.Length: > 0 } ? pool.Name : process.Name;
            result.Add(new OutlineNode(OutlineNodeKind.Process, name.Length > 0 ? $"Prozess „{name}“" : "Prozess ohne Bezeichnung", process.Id, null, walker.Container(process.Id)));
        }

        foreach (var pool in model.OfKind(BpmnElementKind.Participant).Where(p => p.ProcessId is null))
        {
            result.Add(new OutlineNode(OutlineNodeKind.Section, $"Beteiligte:r „{pool.Name}“ (ohne modellierten Ablauf)", pool.Id, null, []));
        }

        return result;
    }
}
