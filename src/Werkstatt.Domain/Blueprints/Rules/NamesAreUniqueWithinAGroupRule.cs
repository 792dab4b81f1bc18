using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Blueprints.Rules;

/// <summary>Two entries of one group cannot share a name, or members could not tell them apart.</summary>
public sealed class NamesAreUniqueWithinAGroupRule(string name, bool taken) : IBusinessRule
{
    public string Message => $"In dieser Gruppe gibt es schon einen Eintrag „{name}“.";

    public bool IsBroken() => taken;
}
