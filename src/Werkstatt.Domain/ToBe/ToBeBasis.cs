namespace Werkstatt.Domain.ToBe;

/// <summary>What a saved to-be version was drawn from.</summary>
public enum ToBeBasis
{
    /// <summary>An empty diagram.</summary>
    Empty,

    /// <summary>The latest as-is model of one modelling member (<see cref="ToBeVersion.BasedOnMember"/>).</summary>
    AsIsOfMember,

    /// <summary>An earlier to-be version (<see cref="ToBeVersion.BasedOnVersion"/>).</summary>
    PreviousVersion,

    /// <summary>A file uploaded by the facilitator (the page without JavaScript, or a model drawn elsewhere).</summary>
    Upload,
}
