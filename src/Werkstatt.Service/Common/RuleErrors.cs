using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;

namespace Werkstatt.Service.Common;

/// <summary>Turns a domain rule violation into an expected failure.</summary>
public static class RuleErrors
{
    /// <summary>A violation tied to an input field is a validation error (400); one about the current state is a rule conflict (409).</summary>
    public static Error ToError(this DomainRuleViolation violation)
    {
        ArgumentNullException.ThrowIfNull(violation);
        var kind = violation.Field is null ? ErrorKind.Rule : ErrorKind.Validation;
        var error = new Error(kind, violation.Rule, violation.Message, violation.Field);
        return violation is ScheduleViolation schedule
            ? error with { FieldMessages = schedule.Problems.Select(p => new KeyValuePair<string, string>(p.Field, p.Message)).ToList() }
            : error;
    }
}
