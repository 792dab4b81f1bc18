namespace Werkstatt.Domain.Registers;

/// <summary>How far a member has got with a process: recorded, modelled, optimised, digitised.</summary>
public enum ProcessStatus
{
    Recorded,
    Modelled,
    Optimised,
    Digitised,
}
