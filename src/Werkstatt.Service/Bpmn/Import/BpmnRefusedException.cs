namespace Werkstatt.Service.Bpmn.Import;

/// <summary>Thrown inside the import to stop reading; <see cref="BpmnImporter"/> turns it into a refusal.</summary>
internal sealed class BpmnRefusedException(BpmnRefusalCode code, string message) : Exception(message)
{
    public BpmnRefusalCode Code { get; } = code;
}
