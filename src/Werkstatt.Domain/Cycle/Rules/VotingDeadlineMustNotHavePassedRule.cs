using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Cycle.Rules;

/// <summary>Topic collection and voting need time before the voting deadline; a passed deadline must be moved first.</summary>
public sealed class VotingDeadlineMustNotHavePassedRule(Schedule schedule, DateTimeOffset now) : IBusinessRule
{
    public string Message => $"Die Abstimmung endet laut Terminplan am {BerlinTime.FormatDateTime(schedule.VotingCloses)} – das ist bereits vorbei. Bitte zuerst die Termine anpassen.";

    public bool IsBroken() => schedule.VotingCloses <= now;
}
