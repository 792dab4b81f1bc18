using Werkstatt.Domain.Assignment;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Staffing.Events;
using Werkstatt.Domain.Staffing.Rules;

namespace Werkstatt.Domain.Staffing;

/// <summary>
/// Who models what in one Werkstatt: the solver's proposal (claims included), the coordinator's changes by hand
/// (recorded, with the hard constraints they broke) and the confirmation.
/// </summary>
public sealed class StaffingPlan : AggregateRoot
{
    public const int ByMaxLength = 200;
    public const int TextMaxLength = 2000;

    private readonly List<PlanCell> _cells = [];
    private readonly List<PlanGap> _gaps = [];
    private readonly List<PlanOverride> _overrides = [];

    private StaffingPlan()
    {
    }

    public WerkstattId WerkstattId { get; private set; }

    public IReadOnlyList<PlanCell> Cells => _cells;

    /// <summary>What the last proposal could not fill, and why.</summary>
    public IReadOnlyList<PlanGap> Gaps => _gaps;

    /// <summary>Every change by hand, oldest first.</summary>
    public IReadOnlyList<PlanOverride> Overrides => _overrides;

    public DateTimeOffset? ProposedAt { get; private set; }

    public string? ProposedBy { get; private set; }

    public int? ObjectiveFilled { get; private set; }

    public int? ObjectiveWants { get; private set; }

    public int? ObjectiveRatherNots { get; private set; }

    public long? ObjectiveFairness { get; private set; }

    public DateTimeOffset? ConfirmedAt { get; private set; }

    public string? ConfirmedBy { get; private set; }

    public bool IsConfirmed => ConfirmedAt is not null;

    public AssignmentObjective? Objective => ObjectiveFilled is { } filled
        ? new AssignmentObjective(filled, ObjectiveWants ?? 0, ObjectiveRatherNots ?? 0, ObjectiveFairness ?? 0)
        : null;

    public static StaffingPlan For(WerkstattId werkstattId) => new() { WerkstattId = werkstattId };

    public bool Has(ProcessId process, MemberId member) => _cells.Any(c => c.ProcessId == process && c.MemberId == member);

    /// <summary>Replaces the board with the solver's solution (ids as the solver saw them); earlier changes by hand stay in the record only.</summary>
    public void Propose(
        AssignmentSolution solution, IReadOnlyDictionary<string, ProcessId> processes, IReadOnlyDictionary<string, MemberId> members,
        Phase phase, DateTimeOffset now, string by)
    {
        ArgumentNullException.ThrowIfNull(solution);
        ArgumentNullException.ThrowIfNull(processes);
        ArgumentNullException.ThrowIfNull(members);
        CheckRule(new StaffingIsOpenDuringAssignmentRule(phase, IsConfirmed));
        _cells.Clear();
        _cells.AddRange(solution.Assignments.Select(a => new PlanCell(
            processes[a.Process], members[a.Member], a.Source == AssignmentSource.Claim ? CellSource.Claim : CellSource.Solver, Clip(a.Reason), null)));
        _gaps.Clear();
        _gaps.AddRange(solution.Unfilled.Select(u => new PlanGap(processes[u.Process], u.Slots, Clip(u.Reason))));
        ObjectiveFilled = solution.Objective.Filled;
        ObjectiveWants = solution.Objective.Wants;
        ObjectiveRatherNots = solution.Objective.RatherNots;
        ObjectiveFairness = solution.Objective.Fairness;
        ProposedAt = now;
        ProposedBy = Clip(by, ByMaxLength);
    }

    /// <summary>
    /// Puts <paramref name="member"/> on <paramref name="process"/> or takes it off. <paramref name="violations"/> are the hard
    /// constraints this breaks (<see cref="HardConstraints"/>); they need <paramref name="confirmViolations"/> and are recorded.
    /// </summary>
    public void Override(
        ProcessId process, MemberId member, bool assign, IReadOnlyList<string> violations, bool confirmViolations,
        Phase phase, DateTimeOffset now, string by)
    {
        ArgumentNullException.ThrowIfNull(violations);
        CheckRule(new StaffingIsOpenDuringAssignmentRule(phase, IsConfirmed));
        CheckRule(new OverridesChangeSomethingRule(assign, Has(process, member)));
        CheckRule(new HardConstraintViolationsNeedConfirmationRule(violations, confirmViolations));
        var recorded = violations.Count == 0 ? null : Clip(string.Join(" ", violations));
        if (assign)
        {
            _cells.Add(new PlanCell(process, member, CellSource.Override, $"von der Koordination gesetzt ({by})", recorded));
        }
        else
        {
            _cells.RemoveAll(c => c.ProcessId == process && c.MemberId == member);
        }

        _overrides.Add(new PlanOverride(process, member, assign, recorded, now, Clip(by, ByMaxLength)));
    }

    /// <summary>
    /// Confirms the board; raises one <see cref="ModellerAssigned"/> per assigned member. <paramref name="claims"/> are the
    /// members' current claims: each must be on the board unless the coordinator took it off by hand.
    /// </summary>
    public void Confirm(IReadOnlyCollection<(ProcessId Process, MemberId Member, string Label)> claims, Phase phase, DateTimeOffset now, string by)
    {
        ArgumentNullException.ThrowIfNull(claims);
        CheckRule(new StaffingIsOpenDuringAssignmentRule(phase, IsConfirmed));
        CheckRule(new ConfirmationNeedsAProposalRule(ProposedAt is not null));
        var missing = claims
            .Where(c => !Has(c.Process, c.Member) && !_overrides.Any(o => !o.Assigned && o.ProcessId == c.Process && o.MemberId == c.Member && o.At >= ProposedAt))
            .Select(c => c.Label)
            .ToList();
        CheckRule(new ConfirmationNeedsAnUpToDateProposalRule(missing));
        ConfirmedAt = now;
        ConfirmedBy = Clip(by, ByMaxLength);
        foreach (var member in _cells.GroupBy(c => c.MemberId).OrderBy(g => g.Key.Value))
        {
            Raise(new ModellerAssigned(WerkstattId, member.Key, member.Select(c => c.ProcessId).ToList(), now));
        }
    }

    private static string Clip(string text, int max = TextMaxLength) => text.Length <= max ? text : text[..max];
}
