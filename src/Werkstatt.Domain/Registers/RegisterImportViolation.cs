using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Registers;

/// <summary>An import was refused as a whole; <see cref="Problems"/> lists every bad row.</summary>
public sealed class RegisterImportViolation : DomainRuleViolation
{
    public RegisterImportViolation(IReadOnlyList<ImportProblem> problems)
        : base("ImportedRowsMustAllBeValid", $"Die Datei wurde nicht übernommen: {problems?.Count ?? 0} Fehler. Es wurde nichts geändert.", "File")
    {
        Problems = problems ?? [];
    }

    public RegisterImportViolation()
        : this([])
    {
    }

    public RegisterImportViolation(string message)
        : base(message)
    {
        Problems = [];
    }

    public RegisterImportViolation(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    public IReadOnlyList<ImportProblem> Problems { get; }
}
