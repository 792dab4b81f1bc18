namespace Werkstatt.Domain.Common;

/// <summary>A business rule named as a sentence; broken rules become a <see cref="DomainRuleViolation"/>.</summary>
public interface IBusinessRule
{
    bool IsBroken();

    /// <summary>German message for the user.</summary>
    string Message { get; }
}
