using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Library.Rules;

/// <summary>An empty version would only hide the previous one.</summary>
public sealed class AVersionNeedsAModelOrAProfileRule(int models, int profiles) : IBusinessRule
{
    public string Message => "Eine Version der Bibliothek braucht mindestens ein Modell oder einen Steckbrief.";

    public bool IsBroken() => models == 0 && profiles == 0;
}
