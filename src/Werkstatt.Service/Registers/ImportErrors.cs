using Werkstatt.Domain.Registers;
using Werkstatt.Service.Common;

namespace Werkstatt.Service.Registers;

/// <summary>An import's problems as one validation error: a summary and one message per row, all on the field "File".</summary>
public static class ImportErrors
{
    public static Error From(IReadOnlyList<ImportProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var violation = new RegisterImportViolation(problems);
        return new Error(ErrorKind.Validation, violation.Rule, violation.Message, "File")
        {
            FieldMessages = problems.Select(p => new KeyValuePair<string, string>("File", p.ToString())).ToList(),
        };
    }
}
