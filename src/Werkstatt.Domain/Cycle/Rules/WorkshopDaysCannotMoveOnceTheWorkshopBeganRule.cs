using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Cycle.Rules;

/// <summary>Once the workshop is under way its days are history; only the follow-up deadline may still move.</summary>
public sealed class WorkshopDaysCannotMoveOnceTheWorkshopBeganRule(Phase phase, Schedule current, Schedule proposed) : IBusinessRule
{
    public string Message => "Die Werkstatt hat bereits begonnen: ihre Tage und die Fristen davor können nicht mehr verschoben werden, nur noch die Nachbereitungsfrist.";

    public bool IsBroken() => !phase.IsBeforeWorkshop() && !current.SameUntilWorkshopEnd(proposed);
}
