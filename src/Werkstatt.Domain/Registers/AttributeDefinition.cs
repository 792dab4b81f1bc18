namespace Werkstatt.Domain.Registers;

/// <summary>A member's own attribute for its register entries (e.g. "Fachverfahren", "Rechtsgrundlage geprüft am").</summary>
public sealed class AttributeDefinition
{
    public const int NameMaxLength = 80;
    public const int ChoiceMaxLength = 80;
    public const int MaxChoices = 30;

    private AttributeDefinition()
    {
        Name = string.Empty;
        Choices = [];
    }

    internal AttributeDefinition(Guid id, string name, AttributeKind kind, IReadOnlyList<string> choices, int position)
    {
        Id = id;
        Name = name;
        Kind = kind;
        Choices = choices;
        Position = position;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public AttributeKind Kind { get; private set; }

    /// <summary>The allowed values of a choice attribute; empty for the other kinds.</summary>
    public IReadOnlyList<string> Choices { get; private set; }

    public int Position { get; private set; }
}
