namespace Werkstatt.Domain.Review;

/// <summary>One step of a submission's history: a state change (an upload, a decision), who made it and why.</summary>
public sealed record ReviewStep(
    int Number, ReviewState From, ReviewState To, DateTimeOffset At, string By, string? Note, DateTimeOffset? Deadline, int? ModelVersion);
