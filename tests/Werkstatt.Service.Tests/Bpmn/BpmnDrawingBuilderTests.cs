using Werkstatt.Service.Bpmn.Drawing;
using Werkstatt.Service.Bpmn.Layout;
using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Tests.Bpmn;

public sealed class BpmnDrawingBuilderTests
{
    private static readonly BpmnModel Camunda = BpmnCorpus.Model("camunda-modeler.bpmn");
    private static readonly Drawing Drawing = BpmnDrawingBuilder.Build(Camunda, Camunda.Diagrams[0]);

    [Fact]
    public void Task_is_a_rounded_rectangle_with_the_di_bounds()
    {
        var rect = Assert.Single(Items<RectItem>("Task_Pruefen"), r => r.CornerRadius > 0);
        Assert.Equal(new DrawBox(280, 140, 100, 80), rect.Box);
        Assert.Equal(10, rect.CornerRadius);
    }

    [Fact]
    public void End_event_is_drawn_thicker_than_start_event_and_intermediate_events_are_double()
    {
        var start = Assert.Single(Items<EllipseItem>("StartEvent_Antrag"), e => e.RadiusX == 18);
        var end = Assert.Single(Items<EllipseItem>("EndEvent_Bescheid"), e => e.RadiusX == 18);
        Assert.Equal(new DrawPoint(210, 180), start.Center);
        Assert.True(end.Pen.Width > start.Pen.Width);
        var boundary = Items<EllipseItem>("Boundary_Frist").Where(e => e.RadiusX >= 15).ToList();
        Assert.Equal([18.0, 15.0], boundary.Select(e => e.RadiusX));
        Assert.All(boundary, e => Assert.Equal(LineStyle.Dashed, e.Pen.Style));
    }

    [Fact]
    public void Message_flow_is_dashed_with_circle_start_and_open_end_and_sequence_flow_is_solid_with_filled_arrow()
    {
        var message = Assert.Single(Items<LineItem>("Flow_Msg_Antrag"));
        Assert.Equal((LineStyle.Dashed, ArrowHead.Circle, ArrowHead.Open), (message.Pen.Style, message.Start, message.End));
        var sequence = Assert.Single(Items<LineItem>("Flow_2"));
        Assert.Equal((LineStyle.Solid, ArrowHead.None, ArrowHead.Filled), (sequence.Pen.Style, sequence.Start, sequence.End));
        Assert.Equal([new DrawPoint(380, 180), new DrawPoint(435, 180)], sequence.Points);
        Assert.Equal(ArrowHead.Slash, Assert.Single(Items<LineItem>("Flow_Ja")).Start);
    }

    [Fact]
    public void Gateway_is_a_diamond_inside_its_bounds_with_an_x_marker()
    {
        var diamond = Assert.Single(Items<PolygonItem>("Gateway_Vollstaendig"));
        Assert.Equal([new(460, 155), new(485, 180), new(460, 205), new(435, 180)], diamond.Points);
        Assert.Single(Items<PathItem>("Gateway_Vollstaendig"));
    }

    [Fact]
    public void Pool_and_lanes_are_rectangles_with_vertical_labels()
    {
        var pool = Items<RectItem>("Participant_Amt").Single();
        Assert.Equal(new DrawBox(120, 80, 800, 340), pool.Box);
        var label = Items<TextItem>("Participant_Amt").Single();
        Assert.True(label.Vertical);
        Assert.Equal(["Bürgeramt"], label.Lines);
        Assert.True(label.Box.X >= 120 && label.Box.Right <= 150);
        Assert.True(Items<TextItem>("Lane_Service").Single().Vertical);
    }

    [Fact]
    public void Drawing_covers_every_item_including_negative_coordinates_with_a_margin()
    {
        Assert.True(Drawing.Bounds.Y <= -60 - 20, $"{Drawing.Bounds}");
        Assert.True(Drawing.Bounds.X <= 120 - 20);
        Assert.True(Drawing.Bounds.Right >= 920 + 20);
        var odd = BpmnCorpus.Model("model-prefix-odd-bounds.bpmn");
        var drawing = BpmnDrawingBuilder.Build(odd, odd.Diagrams[0]);
        Assert.True(drawing.Bounds.X <= -250.5 - 20 && drawing.Bounds.Y <= -40.25 - 20, $"{drawing.Bounds}");
        Assert.Contains(drawing.Items.OfType<EllipseItem>(), e => e.ElementId == "m-end" && e.RadiusX == 18);
    }

    [Fact]
    public void Labels_are_wrapped_so_that_each_line_fits_its_box()
    {
        var texts = Drawing.Items.OfType<TextItem>().Where(t => !t.Vertical).ToList();
        Assert.NotEmpty(texts);
        Assert.All(texts, t => Assert.All(t.Lines, line => Assert.True(TextMeasure.Width(line, t.FontSize) <= t.Box.Width + 0.01, $"„{line}“ wider than {t.Box.Width}")));
        var wrapped = TextWrapperProbe("Donaudampfschifffahrtsgesellschaftskapitänsmütze wird ordnungsgemäß abgelegt");
        Assert.True(wrapped.Lines.Count > 1);
        Assert.All(wrapped.Lines, l => Assert.True(TextMeasure.Width(l, wrapped.FontSize) <= wrapped.Box.Width + 0.01));
    }

    [Fact]
    public void Every_primitive_except_pure_decoration_names_its_element()
    {
        Assert.All(Drawing.Items, i => Assert.NotNull(i.ElementId));
        var drawn = Drawing.Items.Select(i => i.ElementId).ToHashSet();
        Assert.All(Camunda.Diagrams[0].Shapes, s => Assert.Contains(s.ElementId, drawn));
    }

    [Fact]
    public void Task_types_collapsed_sub_process_call_activity_and_loops_get_their_markers()
    {
        var bic = BpmnCorpus.Model("bic-semantic.bpmn");
        var overview = BpmnDrawingBuilder.Build(bic, bic.Diagrams[0]);
        var call = overview.Items.OfType<RectItem>().First(r => r.ElementId == "BIC_CALL");
        Assert.True(call.Pen.Width >= 4);
        // Collapsed sub-process: the "+" box at the bottom centre.
        Assert.Contains(overview.Items.OfType<RectItem>(), r => r.ElementId == "BIC_SUB" && r.Box.Width == 14 && Math.Abs(r.Box.Center.X - 250) < 0.01);
        // Parallel multi-instance: three vertical lines.
        Assert.Contains(overview.Items.OfType<PathItem>(), p => p.ElementId == "BIC_CALL" && p.Commands.OfType<MoveTo>().Count() == 3);

        var detail = BpmnDrawingBuilder.Build(bic, bic.Diagrams[1]);
        var inner = detail.Items.OfType<RectItem>().First(r => r.ElementId == "BIC_SUB_INNER");
        Assert.Null(inner.Fill);
        Assert.Equal(new DrawBox(250, 0, 360, 180), inner.Box);
        Assert.True(detail.Items.ToList().FindIndex(i => i.ElementId == "BIC_SUB_INNER") < detail.Items.ToList().FindIndex(i => i.ElementId == "BIC_INNER_T"), "container first");
        Assert.True(detail.Items.ToList().FindIndex(i => i.ElementId == "BIC_SUB_T1") < detail.Items.ToList().FindIndex(i => i.ElementId == "BIC_SUB_ERR"), "boundary on top");

        var camundaUser = Items<PathItem>("Task_Pruefen");
        Assert.NotEmpty(camundaUser);
        Assert.Contains(Items<RectItem>("Task_Nachfordern"), r => r.Fill == "#1f2328");
    }

    [Fact]
    public void Data_objects_stores_annotations_and_groups_are_drawn()
    {
        var adonis = BpmnCorpus.Model("adonis.bpmn");
        var drawing = BpmnDrawingBuilder.Build(adonis, adonis.Diagrams[0]);
        Assert.Equal(2, drawing.Items.OfType<PathItem>().Count(p => p.ElementId == "ADO_DOR_1"));
        Assert.Contains(drawing.Items.OfType<EllipseItem>(), e => e.ElementId == "ADO_DSR_1");
        var group = drawing.Items.OfType<RectItem>().Single(r => r.ElementId == "ADO_GR_1");
        Assert.Equal(LineStyle.Dashed, group.Pen.Style);
        var association = drawing.Items.OfType<LineItem>().Single(l => l.ElementId == "ADO_AS_1");
        Assert.Equal(LineStyle.Dotted, association.Pen.Style);
        var note = drawing.Items.OfType<TextItem>().Single(t => t.ElementId == "ADO_TA_1");
        Assert.Equal(TextAlign.Left, note.Align);
        // A condition on a flow out of a gateway gets no diamond (only flows out of activities do).
        Assert.Equal(ArrowHead.None, drawing.Items.OfType<LineItem>().Single(l => l.ElementId == "ADO_SF_3").Start);
        Assert.Contains(drawing.Items.OfType<PolygonItem>(), p => p.ElementId == "ADO_13" && p.Fill == "#1f2328");
    }

    [Fact]
    public void Line_decorations_put_the_arrow_tip_on_the_last_waypoint()
    {
        var line = new LineItem([new(0, 0), new(100, 0)], new Pen(1.5), ArrowHead.Circle, ArrowHead.Filled, "f");
        var decorations = LineDecorations.For(line);
        var arrow = Assert.Single(decorations.OfType<PolygonItem>());
        Assert.Equal(new DrawPoint(100, 0), arrow.Points[0]);
        Assert.All(arrow.Points.Skip(1), p => Assert.Equal(89, p.X, 3));
        var circle = Assert.Single(decorations.OfType<EllipseItem>());
        Assert.Equal(new DrawPoint(4, 0), circle.Center);
    }

    private static TextItem TextWrapperProbe(string name)
    {
        var model = new BpmnModel(
            [new BpmnProcess("p", "P", null)],
            [new BpmnElement("t", name, BpmnElementKind.Task, "p", null)],
            [new BpmnDiagram("d", "D", "p", [new BpmnShape("s", "t", new DrawBox(0, 0, 100, 80), null, null, true)], [])]);
        return BpmnDrawingBuilder.Build(model, model.Diagrams[0]).Items.OfType<TextItem>().Single();
    }

    private static List<T> Items<T>(string id) where T : DrawItem => [.. Drawing.Items.OfType<T>().Where(i => i.ElementId == id)];
}
