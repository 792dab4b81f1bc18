namespace Werkstatt.Domain.Review;

/// <summary>One invalid field of a profile, with its German message.</summary>
public sealed record ProfileProblem(string Field, string Message);
