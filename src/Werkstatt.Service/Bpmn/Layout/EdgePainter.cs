using Werkstatt.Service.Bpmn.Drawing;
using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Bpmn.Layout;

/// <summary>Connections: sequence flows solid with filled arrows (default: slash, conditional from an activity: diamond), message flows dashed, associations dotted.</summary>
internal static class EdgePainter
{
    public static void Paint(List<DrawItem> items, BpmnModel model, BpmnElement element, BpmnEdge edge)
    {
        var points = edge.Waypoints;
        var (pen, start, end) = element.Kind switch
        {
            BpmnElementKind.SequenceFlow => (BpmnStyle.SequenceFlow, SequenceStart(model, element), ArrowHead.Filled),
            BpmnElementKind.MessageFlow => (BpmnStyle.MessageFlow, ArrowHead.Circle, ArrowHead.Open),
            BpmnElementKind.DataAssociation => (BpmnStyle.Association, ArrowHead.None, ArrowHead.Open),
            _ => (BpmnStyle.Association, ArrowHead.None, ArrowHead.None),
        };
        items.Add(new LineItem(points, pen, start, end, element.Id));
    }

    public static void Label(List<DrawItem> items, BpmnElement element, BpmnEdge edge)
    {
        if (element.Kind is BpmnElementKind.SequenceFlow or BpmnElementKind.MessageFlow)
        {
            LabelPainter.ForEdge(items, element.Name, edge.LabelBounds, edge.Waypoints, element.Id);
        }
    }

    private static ArrowHead SequenceStart(BpmnModel model, BpmnElement flow)
    {
        var source = flow.SourceId is null ? null : model.Find(flow.SourceId);
        if (source is null)
        {
            return ArrowHead.None;
        }

        if (source.DefaultFlowId == flow.Id)
        {
            return ArrowHead.Slash;
        }

        return flow.Condition is not null && BpmnKinds.IsActivity(source.Kind) ? ArrowHead.Diamond : ArrowHead.None;
    }
}
