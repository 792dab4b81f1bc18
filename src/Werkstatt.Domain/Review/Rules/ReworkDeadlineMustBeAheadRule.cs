using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;

namespace Werkstatt.Domain.Review.Rules;

/// <summary>The new deadline of a rework request lies in the future.</summary>
public sealed class ReworkDeadlineMustBeAheadRule(DateTimeOffset deadline, DateTimeOffset now) : IBusinessRule
{
    public string Message => "Die neue Frist für die Überarbeitung muss in der Zukunft liegen.";

    public bool IsBroken() => deadline <= now;
}
