namespace Werkstatt.Service.Bpmn.Model;

/// <summary>The loop characteristics of an activity (marker at the bottom of the shape).</summary>
public enum BpmnLoop
{
    None = 1,
    Standard = 2,
    ParallelMultiInstance = 3,
    SequentialMultiInstance = 4,
}
