namespace Werkstatt.Domain.Registers;

/// <summary>The type of a member's own attribute.</summary>
public enum AttributeKind
{
    Text,
    Number,
    Choice,
    Date,
}
