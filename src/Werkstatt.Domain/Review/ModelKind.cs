namespace Werkstatt.Domain.Review;

/// <summary>Which model a version is: the process as it is today, or as it should become (drawn in the workshop).</summary>
public enum ModelKind
{
    /// <summary>IST.</summary>
    AsIs,

    /// <summary>SOLL.</summary>
    ToBe,
}
