namespace Werkstatt.Domain.Participants;

/// <summary>In which capacity a person takes part in a workshop. Stored as text.</summary>
public enum ParticipantRole
{
    /// <summary>Prozessmanager:in of the member.</summary>
    ProcessManager,

    /// <summary>Fachexpert:in of the member.</summary>
    Expert,
}
