using Werkstatt.Service.Bpmn.Import;
using Werkstatt.Service.Bpmn.Model;
using K = Werkstatt.Service.Bpmn.Model.BpmnElementKind;

namespace Werkstatt.Service.Tests.Bpmn;

public sealed class BpmnImporterCorpusTests
{
    [Fact]
    public void Camunda_file_with_bpmn_prefix_and_camunda_extensions_reads_pools_lanes_and_flows()
    {
        var result = BpmnCorpus.Import("camunda-modeler.bpmn");
        Assert.True(result.Succeeded);
        var model = result.Model;
        Assert.Empty(result.Problems);
        var process = Assert.Single(model.Processes);
        Assert.Equal(("Process_Anmeldung", "Wohnsitz anmelden", "Participant_Amt"), (process.Id, process.Name, process.ParticipantId));
        Assert.Equal(2, model.OfKind(K.Participant).Count());
        Assert.Null(model.Element("Participant_Buerger").ProcessId);
        Assert.Equal(2, model.OfKind(K.Lane).Count());
        Assert.Equal(6, model.OfKind(K.SequenceFlow).Count());
        Assert.Equal(2, model.OfKind(K.MessageFlow).Count());

        var pruefen = model.Element("Task_Pruefen");
        Assert.Equal((K.UserTask, "Antrag prüfen", "Process_Anmeldung", "Lane_Service"), (pruefen.Kind, pruefen.Name, pruefen.ParentId, pruefen.LaneId));
        Assert.Equal("Lane_Fachverfahren", model.Element("Task_Erfassen").LaneId);
        Assert.Equal(K.ServiceTask, model.Element("Task_Erfassen").Kind);
        Assert.Equal(K.SendTask, model.Element("Task_Nachfordern").Kind);
        Assert.Equal(BpmnEventDefinition.Message, model.Element("StartEvent_Antrag").Definition);

        var boundary = model.Element("Boundary_Frist");
        Assert.Equal((K.BoundaryEvent, BpmnEventDefinition.Timer, "Task_Nachfordern", false), (boundary.Kind, boundary.Definition, boundary.AttachedToId, boundary.Interrupting));
        Assert.Equal("Flow_Ja", model.Element("Gateway_Vollstaendig").DefaultFlowId);
        Assert.Equal("${!vollstaendig}", model.Element("Flow_Nein").Condition);
        Assert.Equal(2, model.Incoming("Task_Pruefen").Count);
        Assert.Equal(["Flow_Ja", "Flow_Nein"], model.Outgoing("Gateway_Vollstaendig").Select(f => f.Id));

        var diagram = Assert.Single(model.Diagrams);
        Assert.Equal("Collaboration_1", diagram.PlaneElementId);
        Assert.Equal(11, diagram.Shapes.Count);
        Assert.Equal(8, diagram.Edges.Count);
        var start = diagram.Shapes.Single(s => s.ElementId == "StartEvent_Antrag");
        Assert.Equal(new(192, 162, 36, 36), start.Bounds);
        Assert.Equal(new(174, 205, 73, 27), start.LabelBounds);
        Assert.Equal(4, diagram.Edges.Single(e => e.ElementId == "Flow_Nachgereicht").Waypoints.Count);
    }

    [Fact]
    public void Signavio_file_with_default_namespace_bom_and_signavio_metadata_is_read()
    {
        var model = BpmnCorpus.Model("signavio.bpmn");
        Assert.Equal("Gewerbe anmelden", Assert.Single(model.Processes).Name);
        Assert.Equal("Gewerbeanzeige\nliegt vor", model.Element("sid-start").Name);
        Assert.Equal(2, model.OfKind(K.ParallelGateway).Count());
        Assert.Equal(K.ManualTask, model.Element("sid-finanzamt").Kind);
        Assert.Equal(BpmnLoop.SequentialMultiInstance, model.Element("sid-gebuehr").Loop);
        Assert.Equal(K.BusinessRuleTask, model.Element("sid-gebuehr").Kind);
        Assert.Equal(7, model.Diagrams[0].Shapes.Count);
        Assert.Equal(new(58.2, 177, 93.6, 22), model.Diagrams[0].Shapes[0].LabelBounds);
    }

    [Fact]
    public void Adonis_file_with_bpmn2_prefix_reads_data_artifacts_and_all_gateway_and_event_types()
    {
        var model = BpmnCorpus.Model("adonis.bpmn");
        Assert.Equal([K.InclusiveGateway, K.InclusiveGateway, K.EventBasedGateway, K.ComplexGateway], model.Elements.Where(e => BpmnKinds.IsGateway(e.Kind)).Select(e => e.Kind));
        Assert.Equal(BpmnEventDefinition.Timer, model.Element("ADO_9").Definition);
        Assert.Equal(BpmnEventDefinition.Signal, model.Element("ADO_8").Definition);
        Assert.Equal(BpmnEventDefinition.Escalation, model.Element("ADO_11").Definition);
        Assert.Equal(BpmnEventDefinition.Error, model.Element("ADO_13").Definition);
        Assert.Equal(K.ScriptTask, model.Element("ADO_4").Kind);
        Assert.Equal(K.ReceiveTask, model.Element("ADO_5").Kind);
        Assert.Equal(("Antrag", K.DataObject), (model.Element("ADO_DOR_1").Name, model.Element("ADO_DOR_1").Kind));
        Assert.Null(model.Find("ADO_DO_1"));
        Assert.Equal(("Fachverfahren OK.EWO", K.DataStore), (model.Element("ADO_DSR_1").Name, model.Element("ADO_DSR_1").Kind));
        Assert.Equal("Online über das Serviceportal möglich", model.Element("ADO_TA_1").Name);
        Assert.Equal(("ADO_TA_1", "ADO_2"), (model.Element("ADO_AS_1").SourceId, model.Element("ADO_AS_1").TargetId));
        Assert.Equal("Digitalisierung", model.Element("ADO_GR_1").Name);
        Assert.Equal(("ADO_DOR_1", "ADO_2"), (model.Element("ADO_DIA_1").SourceId, model.Element("ADO_DIA_1").TargetId));
        Assert.Equal(("ADO_2", "ADO_DSR_1"), (model.Element("ADO_DOA_1").SourceId, model.Element("ADO_DOA_1").TargetId));
        Assert.Equal(17, model.Diagrams[0].Edges.Count);
    }

    [Fact]
    public void Bic_file_with_semantic_prefix_resolves_prefixed_references_nested_lanes_and_sub_processes()
    {
        var result = BpmnCorpus.Import("bic-semantic.bpmn");
        Assert.True(result.Succeeded);
        Assert.Empty(result.Problems);
        var model = result.Model;
        Assert.Equal("BIC_P", model.Element("BIC_POOL").ProcessId);
        Assert.Equal("BIC_POOL", model.Processes[0].ParticipantId);
        Assert.Equal("BIC_L_BAU", model.Element("BIC_L_TECHNIK").LaneId);
        Assert.Equal("BIC_L_ANNAHME", model.Element("BIC_START").LaneId);
        Assert.Equal("BIC_L_TECHNIK", model.Element("BIC_SUB").LaneId);
        Assert.Equal(("BIC_SUB", "BIC_L_TECHNIK"), (model.Element("BIC_SUB_T1").ParentId, model.Element("BIC_SUB_T1").LaneId));
        Assert.Equal("BIC_SUB_INNER", model.Element("BIC_INNER_T").ParentId);
        Assert.Equal("BIC_INNER_START", model.Element("BIC_INNER_F1").SourceId);
        Assert.Equal(BpmnLoop.Standard, model.Element("BIC_SUB_T1").Loop);
        Assert.Equal((K.CallActivity, BpmnLoop.ParallelMultiInstance), (model.Element("BIC_CALL").Kind, model.Element("BIC_CALL").Loop));
        Assert.Equal("BIC_SUB_T1", model.Element("BIC_SUB_ERR").AttachedToId);
        Assert.Equal(BpmnEventDefinition.Terminate, model.Element("BIC_END").Definition);
        Assert.Equal(["BIC_SUB_START", "BIC_SUB_T1", "BIC_SUB_INNER", "BIC_SUB_END", "BIC_SUB_ERR", "BIC_SUB_F1", "BIC_SUB_F2", "BIC_SUB_F3"], model.ChildrenOf("BIC_SUB").Select(e => e.Id));

        Assert.Equal(2, model.Diagrams.Count);
        Assert.Equal(("BIC_COLL", "BIC_SUB"), (model.Diagrams[0].PlaneElementId, model.Diagrams[1].PlaneElementId));
        Assert.False(model.Diagrams[0].Shapes.Single(s => s.ElementId == "BIC_SUB").IsExpanded);
        Assert.True(model.Diagrams[1].Shapes.Single(s => s.ElementId == "BIC_SUB_INNER").IsExpanded);
        Assert.Null(model.Diagrams[0].Shapes.Single(s => s.ElementId == "BIC_START").IsExpanded);
    }

    [Fact]
    public void Aeneis_file_with_several_diagrams_reads_link_compensation_conditional_and_multiple_events()
    {
        var model = BpmnCorpus.Model("aeneis.bpmn");
        Assert.Equal(["Teil 1", "Teil 2"], model.Diagrams.Select(d => d.Name));
        Assert.Equal(BpmnEventDefinition.Conditional, model.Element("aeneis-s").Definition);
        Assert.Equal(BpmnEventDefinition.Link, model.Element("aeneis-link").Definition);
        Assert.Equal(BpmnEventDefinition.Compensation, model.Element("aeneis-comp").Definition);
        Assert.Equal(BpmnEventDefinition.Multiple, model.Element("aeneis-e").Definition);
    }

    [Fact]
    public void Model_prefix_with_negative_fractional_and_zero_bounds_is_read_and_normalised()
    {
        var result = BpmnCorpus.Import("model-prefix-odd-bounds.bpmn");
        Assert.True(result.Succeeded);
        var shapes = result.Model.Diagrams[0].Shapes;
        Assert.Equal(new(-250.5, -40.25, 36, 36), shapes[0].Bounds);
        Assert.Equal(new(-150.5, -20, 100.5, 80.25), shapes[1].Bounds);
        Assert.Equal(new(40, 0, 0, 0), shapes[2].Bounds);
        var zero = Assert.Single(result.Problems);
        Assert.Equal((BpmnProblemCodes.DiZeroSize, "m-end"), (zero.Code, zero.ElementId));
    }

    [Fact]
    public void File_without_di_gives_a_model_and_a_note_that_there_is_no_drawing()
    {
        var result = BpmnCorpus.Import("picture-no-di.bpmn");
        Assert.True(result.Succeeded);
        Assert.False(result.Model.HasDiagram);
        Assert.Equal(7, result.Model.Elements.Count(e => e.IsFlowNode));
        var note = Assert.Single(result.Problems);
        Assert.Equal(BpmnProblemCodes.NoDiagram, note.Code);
        Assert.Contains("Liste", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_di_is_reported_element_by_element_and_the_rest_is_kept()
    {
        var result = BpmnCorpus.Import("broken-di.bpmn");
        Assert.True(result.Succeeded);
        var diagram = result.Model.Diagrams[0];
        // "unbound:b-task" has no xmlns:unbound but still means b-task.
        Assert.Equal(["b-start", "b-task"], diagram.Shapes.Select(s => s.ElementId));
        Assert.Equal(["b-f2"], diagram.Edges.Select(e => e.ElementId));
        var codes = result.Problems.Select(p => (p.Code, p.ElementId)).ToList();
        Assert.Contains((BpmnProblemCodes.DiMissingElement, "Task_deleted"), codes);
        Assert.Contains((BpmnProblemCodes.DiMissingElement, "Flow_deleted"), codes);
        Assert.Contains((BpmnProblemCodes.DiBadBounds, "b-end"), codes);
        Assert.Contains((BpmnProblemCodes.DiBadBounds, "b-lonely"), codes);
        Assert.Contains((BpmnProblemCodes.DiShortEdge, "b-f1"), codes);
        Assert.Contains((BpmnProblemCodes.DanglingReference, "b-f3"), codes);
        Assert.All(result.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
    }
}
