namespace Werkstatt.Service.Bpmn.Model;

/// <summary>What an event reacts to or throws; <see cref="None"/> is the blank event.</summary>
public enum BpmnEventDefinition
{
    None = 1,
    Message = 2,
    Timer = 3,
    Error = 4,
    Signal = 5,
    Escalation = 6,
    Conditional = 7,
    Terminate = 8,
    Link = 9,
    Compensation = 10,
    Cancel = 11,

    /// <summary>Several definitions, any one triggers (pentagon).</summary>
    Multiple = 12,

    /// <summary>Several definitions, all must occur (cross).</summary>
    ParallelMultiple = 13,
}
