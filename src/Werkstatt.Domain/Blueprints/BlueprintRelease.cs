using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Blueprints;

/// <summary>One published version of a blueprint: what registers are built from and compared with.</summary>
public sealed class BlueprintRelease : AggregateRoot
{
    public const int ByMaxLength = 200;
    public const string GroupSeparator = " › ";

    private readonly List<ReleasedItem> _items = [];

    private BlueprintRelease()
    {
        PublishedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public BlueprintId BlueprintId { get; private set; }

    public BlueprintLevel Level { get; private set; }

    /// <summary>1, 2, 3 ... per blueprint.</summary>
    public int Number { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }

    public string PublishedBy { get; private set; }

    public IReadOnlyList<ReleasedItem> Items => _items;

    /// <summary>The processes in tree order, each with its group path ("Ordnung › Gewerbe").</summary>
    public IReadOnlyList<(ReleasedItem Process, string Group)> Processes()
    {
        var byKey = _items.ToDictionary(i => i.Key);
        var children = _items.ToLookup(i => i.ParentKey);
        var result = new List<(ReleasedItem, string)>();
        void Walk(Guid? parent, string path)
        {
            foreach (var item in children[parent].OrderBy(i => i.Position))
            {
                if (item.Kind == BlueprintItemKind.Process)
                {
                    result.Add((item, path));
                }
                else
                {
                    Walk(item.Key, path.Length == 0 ? item.Name : path + GroupSeparator + item.Name);
                }
            }
        }

        Walk(null, string.Empty);
        return result;
    }

    internal static BlueprintRelease Of(Blueprint blueprint, int number, DateTimeOffset now, string by)
    {
        var release = new BlueprintRelease
        {
            Id = Guid.CreateVersion7(),
            BlueprintId = blueprint.Id,
            Level = blueprint.Level,
            Number = number,
            PublishedAt = now,
            PublishedBy = Text.Required(by, ByMaxLength, nameof(PublishedBy), "Der Name"),
        };
        release._items.AddRange(blueprint.Items.Select(i => new ReleasedItem(i)));
        return release;
    }
}
