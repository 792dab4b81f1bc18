using Werkstatt.Domain.Network;
using Werkstatt.Service.Dossiers.Content;

namespace Werkstatt.Service.Dossiers.Sources;

/// <summary>The submissions for one process: per modelling member, and the review remarks and comparison for the process.</summary>
public sealed record ProcessSubmissions(
    IReadOnlyDictionary<MemberId, MemberSubmission> Members,
    IReadOnlyList<ReviewRemark> Remarks,
    IReadOnlyList<ComparisonRow> Comparison);
