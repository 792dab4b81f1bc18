using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Registers.Rules;

/// <summary>Only a change the register is currently offered can be applied or declined (not one already handled).</summary>
public sealed class BlueprintChangeMustStillBePendingRule(bool pending) : IBusinessRule
{
    public string Message => "Diese Änderung der Blaupause steht nicht (mehr) zur Übernahme an; bitte laden Sie die Seite neu.";

    public bool IsBroken() => !pending;
}
