namespace Werkstatt.Service.Dossiers.Content;

/// <summary>One process chapter: what it is, who modelled it, the review and the comparison.</summary>
public sealed record DossierProcess(
    Guid ProcessId,
    string Name,
    string Topic,
    string? LeikaKey,
    IReadOnlyList<ModellingMember> Members,
    IReadOnlyList<ReviewRemark> Remarks,
    IReadOnlyList<ComparisonRow> Comparison);
