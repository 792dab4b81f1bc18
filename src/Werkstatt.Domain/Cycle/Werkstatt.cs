using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle.Events;
using Werkstatt.Domain.Cycle.Rules;
using Werkstatt.Domain.Network;

namespace Werkstatt.Domain.Cycle;

/// <summary>One process workshop and its cycle from Draft to Published (or Cancelled).</summary>
public sealed class Werkstatt : AggregateRoot
{
    public const int TitleMaxLength = 150;
    public const int ReasonMaxLength = 1000;

    private readonly List<PhaseChange> _history = [];

    private Werkstatt()
    {
        Title = string.Empty;
        Schedule = null!;
        Venue = null!;
    }

    public WerkstattId Id { get; private set; }

    public NetworkId NetworkId { get; private set; }

    public string Title { get; private set; }

    public Phase Phase { get; private set; }

    public Schedule Schedule { get; private set; }

    public Venue Venue { get; private set; }

    public string? CancellationReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<PhaseChange> History => _history;

    public static Werkstatt Plan(NetworkId networkId, string title, Schedule schedule, Venue venue, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(venue);
        var werkstatt = new Werkstatt
        {
            Id = WerkstattId.New(),
            NetworkId = networkId,
            Title = Text.Required(title, TitleMaxLength, nameof(Title), "Der Titel"),
            Phase = Phase.Draft,
            Schedule = schedule,
            Venue = venue,
            CreatedAt = now,
        };
        werkstatt.Raise(new WerkstattPlanned(werkstatt.Id, networkId, werkstatt.Title, schedule, now));
        return werkstatt;
    }

    /// <summary>
    /// The rules that currently stand between this Werkstatt and <paramref name="target"/>; empty when the move is allowed.
    /// <paramref name="facts"/> says what voting, process selection and assignment have produced; without them nothing counts as done.
    /// </summary>
    public IReadOnlyList<IBusinessRule> BlockersFor(Phase target, DateTimeOffset now, CycleFacts? facts = null)
    {
        facts ??= CycleFacts.None;
        IBusinessRule[] general = [new WerkstattMustNotBeClosedRule(Phase), new PhasesFollowTheCycleInOrderRule(Phase, target)];
        var broken = general.Where(r => r.IsBroken()).ToList();
        if (broken.Count > 0)
        {
            return broken;
        }

        IBusinessRule[] specific = target switch
        {
            Phase.TopicCollection or Phase.Voting => [new VotingDeadlineMustNotHavePassedRule(Schedule, now)],
            Phase.ProcessSelection => [new VotingMustBeClosedBeforeProcessSelectionRule(facts)],
            Phase.Assignment => [new AssignmentNeedsAtLeastOneProcessRule(facts)],
            Phase.Modelling => [new ModellingNeedsAConfirmedAssignmentRule(facts)],
            Phase.PreRead => [new QualityReviewMustBeCompleteBeforeThePreReadRule(facts)],
            Phase.Workshop => [new WorkshopCannotStartBeforeItsFirstDayRule(Schedule, now)],
            Phase.FollowUp => [new FollowUpCannotStartBeforeTheLastWorkshopDayRule(Schedule, now)],
            _ => [],
        };
        return specific.Where(r => r.IsBroken()).ToList();
    }

    /// <summary>Moves to <paramref name="target"/>, which must be the next phase; throws the first broken rule otherwise.</summary>
    public void MoveTo(Phase target, DateTimeOffset now, string? by = null, CycleFacts? facts = null)
    {
        var blockers = BlockersFor(target, now, facts);
        if (blockers.Count > 0)
        {
            throw new DomainRuleViolation(blockers[0]);
        }

        var from = Phase;
        Phase = target;
        _history.Add(new PhaseChange(from, target, now, by, null));
        Raise(new WerkstattPhaseChanged(Id, from, target, now));
    }

    /// <summary>Moves to the next phase of the cycle.</summary>
    public void Advance(DateTimeOffset now, string? by = null, CycleFacts? facts = null)
    {
        CheckRule(new WerkstattMustNotBeClosedRule(Phase));
        MoveTo(Phase.Next()!.Value, now, by, facts);
    }

    public void Cancel(string reason, DateTimeOffset now, string? by = null)
    {
        CheckRule(new WerkstattMustNotBeClosedRule(Phase));
        CheckRule(new WerkstattCannotBeCancelledOnceTheWorkshopBeganRule(Phase));
        var text = Text.Required(reason, ReasonMaxLength, nameof(CancellationReason), "Der Grund der Absage");
        var from = Phase;
        Phase = Phase.Cancelled;
        CancellationReason = text;
        _history.Add(new PhaseChange(from, Phase.Cancelled, now, by, text));
        Raise(new WerkstattPhaseChanged(Id, from, Phase.Cancelled, now));
        Raise(new WerkstattCancelled(Id, from, text, now));
    }

    public void Rename(string title)
    {
        CheckRule(new WerkstattMustNotBeClosedRule(Phase));
        Title = Text.Required(title, TitleMaxLength, nameof(Title), "Der Titel");
    }

    public void Reschedule(Schedule schedule, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        CheckRule(new WerkstattMustNotBeClosedRule(Phase));
        CheckRule(new WorkshopDaysCannotMoveOnceTheWorkshopBeganRule(Phase, Schedule, schedule));
        if (schedule == Schedule)
        {
            return;
        }

        var previous = Schedule;
        Schedule = schedule;
        Raise(new WerkstattRescheduled(Id, previous, schedule, now));
    }

    public void ChangeVenue(Venue venue, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(venue);
        CheckRule(new WerkstattMustNotBeClosedRule(Phase));
        if (venue == Venue)
        {
            return;
        }

        var previous = Venue;
        Venue = venue;
        Raise(new WerkstattVenueChanged(Id, previous, venue, now));
    }

    /// <summary>The next dated milestone after <paramref name="now"/>, for "what comes next" displays.</summary>
    public Milestone? NextMilestone(DateTimeOffset now) =>
        Phase.IsClosed() ? null : Schedule.Milestones().FirstOrDefault(m => m.At > now);
}
