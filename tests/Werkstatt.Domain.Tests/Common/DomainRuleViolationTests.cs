using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle.Rules;
using Werkstatt.Domain.Network;
using static Werkstatt.Domain.Tests.Support.RuleAssert;

namespace Werkstatt.Domain.Tests.Common;

public class DomainRuleViolationTests
{
    [Fact]
    public void The_rule_name_drops_the_Rule_suffix()
    {
        Assert.Equal("WerkstattMustNotBeClosed", DomainRuleViolation.RuleName(typeof(WerkstattMustNotBeClosedRule)));
        Assert.Equal("Member", DomainRuleViolation.RuleName(typeof(Member)));
    }

    [Fact]
    public void A_violation_from_a_rule_carries_its_name_and_German_message_without_a_field()
    {
        var rule = new RoleBoundToMemberNeedsMemberRule(Role.Expert, memberId: null);

        var violation = new DomainRuleViolation(rule);

        Assert.Equal("RoleBoundToMemberNeedsMember", violation.Rule);
        Assert.Equal("Die Rolle „Fachexpert:in“ ist an eine Verwaltung gebunden: bitte eine Verwaltung wählen.", violation.Message);
        Assert.Null(violation.Field);
    }

    [Fact]
    public void AssertBrokenRule_fails_for_another_rule()
    {
        var rule = new RoleBoundToMemberNeedsMemberRule(Role.Expert, memberId: null);

        Assert.ThrowsAny<Exception>(() => AssertBrokenRule<WerkstattMustNotBeClosedRule>(() => throw new DomainRuleViolation(rule)));
        Assert.ThrowsAny<Exception>(() => AssertBrokenRule<RoleBoundToMemberNeedsMemberRule>(() => { }));
        AssertBrokenRule<RoleBoundToMemberNeedsMemberRule>(() => throw new DomainRuleViolation(rule));
    }
}
