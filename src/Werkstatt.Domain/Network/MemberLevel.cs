namespace Werkstatt.Domain.Network;

/// <summary>The administrative level of a member; registers and blueprints differ by level.</summary>
public enum MemberLevel
{
    Kreis,
    Stadt,
    Gemeinde,
}
