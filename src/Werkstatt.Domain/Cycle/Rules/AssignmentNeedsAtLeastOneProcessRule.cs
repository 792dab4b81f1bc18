using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Cycle.Rules;

/// <summary>Without a derived process there is nothing to assign.</summary>
public sealed class AssignmentNeedsAtLeastOneProcessRule(CycleFacts facts) : IBusinessRule
{
    public string Message => "Es ist noch kein Prozess abgeleitet. Bitte zuerst aus den gewählten Themen Prozesse ableiten.";

    public bool IsBroken() => facts.Processes == 0;
}
