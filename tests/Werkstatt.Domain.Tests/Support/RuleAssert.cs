using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Tests.Support;

/// <summary>Asserts that an action throws a <see cref="DomainRuleViolation"/> naming one particular rule.</summary>
public static class RuleAssert
{
    public static DomainRuleViolation AssertBrokenRule<TRule>(Action action)
        where TRule : IBusinessRule
    {
        return AssertBrokenRule(DomainRuleViolation.RuleName(typeof(TRule)), action);
    }

    /// <summary>For rules the domain names by string only (field validation, template checks).</summary>
    public static DomainRuleViolation AssertBrokenRule(string rule, Action action)
    {
        var violation = Assert.ThrowsAny<DomainRuleViolation>(action);
        Assert.Equal(rule, violation.Rule);
        Assert.False(string.IsNullOrWhiteSpace(violation.Message));
        return violation;
    }
}
