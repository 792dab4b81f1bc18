namespace Werkstatt.Domain.Workshop;

/// <summary>What an agenda slot is for.</summary>
public enum AgendaEntryKind
{
    Opening,
    Process,
    Break,
    Closing,
}
