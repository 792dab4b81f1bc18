namespace Werkstatt.Domain.Assignment;

/// <summary>Which members a slot node takes: a crossing two-slot process has one node per side.</summary>
internal enum SlotSide
{
    Any,
    Kreis,
    Town,
}
