using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Blueprints.Rules;

/// <summary>A group is removed only once its processes and subgroups are gone, so nothing disappears by accident.</summary>
public sealed class GroupsMustBeEmptyToBeRemovedRule(string name, int children) : IBusinessRule
{
    public string Message => $"Die Gruppe „{name}“ enthält noch {children} Einträge; bitte zuerst diese entfernen oder verschieben.";

    public bool IsBroken() => children > 0;
}
