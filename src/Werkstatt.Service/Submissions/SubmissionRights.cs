namespace Werkstatt.Service.Submissions;

/// <summary>What the actor may do with one submission right now (the service checks again on every change).</summary>
public sealed record SubmissionRights(bool Upload, bool EditProfile, bool Review, bool Excuse);
