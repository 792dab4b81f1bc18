using Werkstatt.Domain.WorkshopNotes;

namespace Werkstatt.Service.Dossiers.Content;

/// <summary>One process chapter: what it is, who modelled it, the review and the comparison.</summary>
public sealed record DossierProcess(
    Guid ProcessId,
    string Name,
    string Topic,
    string? LeikaKey,
    IReadOnlyList<ModellingMember> Members,
    IReadOnlyList<ReviewRemark> Remarks,
    IReadOnlyList<ComparisonRow> Comparison)
{
    /// <summary>The Werkstatt's to-be model, from the follow-up on (null before, and when none was saved).</summary>
    public DossierToBe? ToBe { get; init; }

    /// <summary>The workshop's notes and action items, from the follow-up on (empty before).</summary>
    public RecordedResults Results { get; init; } = RecordedResults.None;
}
