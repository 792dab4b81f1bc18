namespace Werkstatt.Domain.Review;

/// <summary>A comment the reviewer wants to attach to a rework request (element id optional).</summary>
public sealed record ReworkRequest(string Text, string? ElementId);
