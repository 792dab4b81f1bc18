namespace Werkstatt.Web.Live;

/// <summary>Someone points the group at an element (null: at nothing).</summary>
public sealed record SollPointer(string? ElementId, string By);
