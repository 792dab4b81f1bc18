namespace Werkstatt.Service.Submissions;

/// <summary>Something the reviewer should look at: a problem the import noticed or a broken convention, tied to an element when possible.</summary>
public sealed record SubmissionFinding(FindingLevel Level, string Code, string Message, string? ElementId);
