namespace Werkstatt.Service.Bpmn.Outline;

/// <summary>What an <see cref="OutlineNode"/> stands for.</summary>
public enum OutlineNodeKind
{
    /// <summary>A process (or pool); children are its steps.</summary>
    Process = 1,

    /// <summary>A flow node; a gateway's children are its branches, a sub-process's children its inner steps.</summary>
    Step = 2,

    /// <summary>One outgoing path of a splitting gateway or task; children are the steps on it.</summary>
    Branch = 3,

    /// <summary>A boundary event of the preceding activity; children are the steps that follow it.</summary>
    Boundary = 4,

    /// <summary>"weiter bei …": a step already listed (a loop back or a join reached again).</summary>
    Reference = 5,

    /// <summary>A heading such as "Nicht vom Start aus erreichbar" or a pool without process.</summary>
    Section = 6,
}
