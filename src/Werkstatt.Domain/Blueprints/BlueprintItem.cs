using Werkstatt.Domain.Processes;

namespace Werkstatt.Domain.Blueprints;

/// <summary>A group or process in the coordinator's working copy of a blueprint; <see cref="Key"/> stays the same across versions.</summary>
public sealed class BlueprintItem
{
    public const int NameMaxLength = 150;
    public const int DescriptionMaxLength = 1000;

    private BlueprintItem()
    {
        Name = string.Empty;
    }

    internal BlueprintItem(Guid key, Guid? parentKey, BlueprintItemKind kind, string name, LeikaKey? leikaKey, string? description, int position)
    {
        Key = key;
        ParentKey = parentKey;
        Kind = kind;
        Name = name;
        LeikaKey = leikaKey;
        Description = description;
        Position = position;
    }

    public Guid Key { get; private set; }

    /// <summary>The group it sits in; null for a top-level group.</summary>
    public Guid? ParentKey { get; private set; }

    public BlueprintItemKind Kind { get; private set; }

    public string Name { get; private set; }

    public LeikaKey? LeikaKey { get; private set; }

    public string? Description { get; private set; }

    /// <summary>Order among its siblings.</summary>
    public int Position { get; private set; }

    internal void Change(string name, LeikaKey? leikaKey, string? description)
    {
        Name = name;
        LeikaKey = leikaKey;
        Description = description;
    }
}
