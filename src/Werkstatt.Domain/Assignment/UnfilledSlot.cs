namespace Werkstatt.Domain.Assignment;

/// <summary>Slots of a process nobody could take, with the German reason.</summary>
public sealed record UnfilledSlot(string Process, int Slots, string Reason);
