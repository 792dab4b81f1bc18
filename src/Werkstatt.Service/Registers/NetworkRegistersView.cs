using Werkstatt.Domain.Registers;

namespace Werkstatt.Service.Registers;

/// <summary>
/// The network's registers in figures: totals for everyone; per-member rows only for registers the actor may read
/// (own, shared, or all for the coordinator); and the topic proposals.
/// </summary>
public sealed record NetworkRegistersView(
    int Members,
    int WithRegister,
    int Active,
    int Covered,
    IReadOnlyDictionary<ProcessStatus, int> ByStatus,
    IReadOnlyList<MemberRegisterSummary> Readable,
    IReadOnlyList<TopicProposal> Proposals,
    bool CanProposeTopics);
