namespace Werkstatt.Service.Bpmn.Import;

/// <summary>Why a file was refused.</summary>
public enum BpmnRefusalCode
{
    Empty = 1,
    NotXml = 2,
    Truncated = 3,

    /// <summary>A document type declaration: the carrier of XXE, billion-laughs and quadratic-blowup attacks.</summary>
    DtdProhibited = 4,
    TooLarge = 5,
    TooManyElements = 6,
    TooDeep = 7,

    /// <summary>Well-formed XML, but not a BPMN 2.0 definitions document.</summary>
    NotBpmn = 8,
}
