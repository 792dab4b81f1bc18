namespace Werkstatt.Service.Bpmn.Conventions;

/// <summary>A convention in the spirit of bpmnlint: a stable id (stored in settings), a German title and a default severity.</summary>
public abstract class ConventionRule
{
    public abstract string Id { get; }

    public abstract string Title { get; }

    public abstract ConventionSeverity DefaultSeverity { get; }

    public abstract IEnumerable<RuleViolation> Check(ConventionContext context);

    protected static RuleViolation Violation(string message, params string[] elementIds) => new(message, elementIds);
}
