namespace Werkstatt.Service.Progress;

/// <summary>One thing that stands before the next phase, as a German sentence ("2 Prozesse ohne Zuteilung"), with the page that resolves it.</summary>
public sealed record PhaseBlocker(string Text, string? Link = null);
