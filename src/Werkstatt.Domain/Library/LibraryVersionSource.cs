namespace Werkstatt.Domain.Library;

/// <summary>Where a library version came from.</summary>
public enum LibraryVersionSource
{
    /// <summary>Packaged after a Werkstatt's follow-up.</summary>
    Workshop,

    /// <summary>Imported by an operator when the network was onboarded with existing models.</summary>
    Onboarding,
}
