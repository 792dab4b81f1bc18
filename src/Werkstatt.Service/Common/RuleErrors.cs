using Werkstatt.Domain.Common;

namespace Werkstatt.Service.Common;

/// <summary>Turns a domain rule violation into an expected failure.</summary>
public static class RuleErrors
{
    /// <summary>A violation tied to an input field is a validation error (400); one about the current state is a rule conflict (409).</summary>
    public static Error ToError(this DomainRuleViolation violation)
    {
        ArgumentNullException.ThrowIfNull(violation);
        var kind = violation.Field is null ? ErrorKind.Rule : ErrorKind.Validation;
        return new Error(kind, violation.Rule, violation.Message, violation.Field);
    }
}
