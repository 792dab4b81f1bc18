using Werkstatt.Domain.ToBe;
using Werkstatt.Service.Submissions;

namespace Werkstatt.Service.ToBe;

/// <summary>The outcome of a save: the new version, the findings of the convention checks and the aggregate's version.</summary>
public sealed record ToBeSaved(ToBeVersion Saved, IReadOnlyList<SubmissionFinding> Findings, int Version);
