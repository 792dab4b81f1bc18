namespace Werkstatt.Domain.Registers;

/// <summary>The member's own order of what to model next.</summary>
public enum RegisterPriority
{
    High,
    Medium,
    Low,
}
