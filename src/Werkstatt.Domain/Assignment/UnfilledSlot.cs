namespace Werkstatt.Domain.Assignment;

/// <summary>Slots of a process that stay empty, with the German reason why no member could take them.</summary>
public sealed record UnfilledSlot(string Process, int Slots, string Reason);
