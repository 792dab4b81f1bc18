namespace Werkstatt.Domain.Cycle;

/// <summary>Whether the workshop meets online (with a meeting link) or in person (at an address).</summary>
public enum WorkshopFormat
{
    Online,
    InPerson,
}
