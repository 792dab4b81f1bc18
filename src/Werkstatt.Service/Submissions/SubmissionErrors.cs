using Werkstatt.Domain.Common;
using Werkstatt.Domain.Review;
using Werkstatt.Service.Common;

namespace Werkstatt.Service.Submissions;

/// <summary>Turns the violations of submissions into errors; a profile reports every field at once.</summary>
internal static class SubmissionErrors
{
    public static Error From(DomainRuleViolation violation) => violation is ProfileViolation profile
        ? new Error(ErrorKind.Validation, violation.Rule, violation.Message, violation.Field)
        {
            FieldMessages = profile.Problems.Select(p => new KeyValuePair<string, string>(p.Field, p.Message)).ToList(),
        }
        : violation.ToError();

    public static readonly Error NotAssigned = new(
        ErrorKind.Rule, "SubmissionsBelongToAConfirmedAssignment", "Diese Verwaltung ist dem Prozess nicht (mehr) zugeteilt.");

    public static readonly Error Taken = new(
        ErrorKind.Concurrency, "ConcurrencyConflict", "Die Einreichung wurde gerade von jemand anderem angelegt. Bitte laden Sie die Seite neu; Ihre Eingaben wurden nicht gespeichert.");
}
