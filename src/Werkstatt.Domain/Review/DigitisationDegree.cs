namespace Werkstatt.Domain.Review;

/// <summary>How digital a process is today (Digitalisierungsgrad), coarse enough for members to agree on.</summary>
public enum DigitisationDegree
{
    /// <summary>Paper only.</summary>
    Paper,

    /// <summary>Partly digital, with media breaks.</summary>
    Partly,

    /// <summary>Mostly digital; a few media breaks remain.</summary>
    Mostly,

    /// <summary>Digital end to end.</summary>
    EndToEnd,
}
