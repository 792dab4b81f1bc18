using Werkstatt.Domain.Processes;

namespace Werkstatt.Domain.Blueprints;

/// <summary>A group or process as it was published in one blueprint version; never changes.</summary>
public sealed class ReleasedItem
{
    private ReleasedItem()
    {
        Name = string.Empty;
    }

    internal ReleasedItem(BlueprintItem item)
    {
        Key = item.Key;
        ParentKey = item.ParentKey;
        Kind = item.Kind;
        Name = item.Name;
        LeikaKey = item.LeikaKey;
        Description = item.Description;
        Position = item.Position;
    }

    public Guid Key { get; private set; }

    public Guid? ParentKey { get; private set; }

    public BlueprintItemKind Kind { get; private set; }

    public string Name { get; private set; }

    public LeikaKey? LeikaKey { get; private set; }

    public string? Description { get; private set; }

    public int Position { get; private set; }
}
