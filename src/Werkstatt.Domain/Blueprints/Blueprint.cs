using Werkstatt.Domain.Blueprints.Events;
using Werkstatt.Domain.Blueprints.Rules;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;

namespace Werkstatt.Domain.Blueprints;

/// <summary>
/// The network's template register for one level, maintained by the coordinator: a tree of process groups and
/// processes. Changes go to a working copy; <see cref="Publish"/> makes them a new numbered version.
/// </summary>
public sealed class Blueprint : AggregateRoot
{
    private readonly List<BlueprintItem> _items = [];

    private Blueprint()
    {
    }

    public BlueprintId Id { get; private set; }

    public NetworkId NetworkId { get; private set; }

    public BlueprintLevel Level { get; private set; }

    /// <summary>The number of the last published version; 0 before the first.</summary>
    public int PublishedVersion { get; private set; }

    /// <summary>True when the working copy differs from the last published version.</summary>
    public bool HasUnpublishedChanges { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public IReadOnlyList<BlueprintItem> Items => _items;

    public static Blueprint Create(NetworkId networkId, BlueprintLevel level, DateTimeOffset now)
    {
        if (!Enum.IsDefined(level))
        {
            throw new DomainRuleViolation("BlueprintLevelMustBeKnown", "Die Ebene muss Kreis oder Stadt/Gemeinde sein.", nameof(Level));
        }

        return new Blueprint { Id = BlueprintId.New(), NetworkId = networkId, Level = level, ChangedAt = now };
    }

    public IEnumerable<BlueprintItem> ChildrenOf(Guid? parentKey) => _items.Where(i => i.ParentKey == parentKey).OrderBy(i => i.Position);

    public BlueprintItem AddGroup(Guid? parentKey, string name, DateTimeOffset now) =>
        Add(parentKey, BlueprintItemKind.Group, name, null, null, now);

    public BlueprintItem AddProcess(Guid groupKey, string name, string? leikaKey, string? description, DateTimeOffset now) =>
        Add(groupKey, BlueprintItemKind.Process, name, leikaKey, description, now);

    public void ChangeItem(Guid key, string name, string? leikaKey, string? description, DateTimeOffset now)
    {
        var item = Find(key);
        var checkedName = CheckName(item.ParentKey, name, except: key);
        var leika = item.Kind == BlueprintItemKind.Process ? LeikaKey.Optional(leikaKey) : null;
        var text = item.Kind == BlueprintItemKind.Process ? Text.Optional(description, BlueprintItem.DescriptionMaxLength, "Description", "Die Beschreibung") : null;
        item.Change(checkedName, leika, text);
        Touch(now);
    }

    public void RemoveItem(Guid key, DateTimeOffset now)
    {
        var item = Find(key);
        CheckRule(new GroupsMustBeEmptyToBeRemovedRule(item.Name, _items.Count(i => i.ParentKey == key)));
        _items.Remove(item);
        Touch(now);
    }

    /// <summary>Publishes the working copy as the next version.</summary>
    public BlueprintRelease Publish(DateTimeOffset now, string by)
    {
        CheckRule(new PublishingNeedsChangesRule(HasUnpublishedChanges || PublishedVersion == 0, _items.Count(i => i.Kind == BlueprintItemKind.Process)));
        var release = BlueprintRelease.Of(this, PublishedVersion + 1, now, by);
        PublishedVersion = release.Number;
        HasUnpublishedChanges = false;
        ChangedAt = now;
        Raise(new BlueprintPublished(Id, NetworkId, Level, release.Number, now));
        return release;
    }

    private BlueprintItem Add(Guid? parentKey, BlueprintItemKind kind, string name, string? leikaKey, string? description, DateTimeOffset now)
    {
        var parent = parentKey is { } p ? _items.FirstOrDefault(i => i.Key == p) : null;
        var rule = new ItemsSitInAnExistingGroupRule(kind, parentKey, parent);
        if (rule.IsBroken())
        {
            throw new DomainRuleViolation(DomainRuleViolation.RuleName(rule.GetType()), rule.Message, "ParentKey");
        }

        var checkedName = CheckName(parentKey, name, except: null);
        var leika = kind == BlueprintItemKind.Process ? LeikaKey.Optional(leikaKey) : null;
        var text = kind == BlueprintItemKind.Process ? Text.Optional(description, BlueprintItem.DescriptionMaxLength, "Description", "Die Beschreibung") : null;
        var position = _items.Where(i => i.ParentKey == parentKey).Select(i => i.Position + 1).DefaultIfEmpty(0).Max();
        var item = new BlueprintItem(Guid.CreateVersion7(), parentKey, kind, checkedName, leika, text, position);
        _items.Add(item);
        Touch(now);
        return item;
    }

    private string CheckName(Guid? parentKey, string name, Guid? except)
    {
        var checkedName = Text.Required(name, BlueprintItem.NameMaxLength, "Name", "Der Name");
        var taken = _items.Any(i => i.ParentKey == parentKey && i.Key != except && string.Equals(i.Name, checkedName, StringComparison.OrdinalIgnoreCase));
        var rule = new NamesAreUniqueWithinAGroupRule(checkedName, taken);
        return rule.IsBroken() ? throw new DomainRuleViolation(DomainRuleViolation.RuleName(rule.GetType()), rule.Message, "Name") : checkedName;
    }

    private BlueprintItem Find(Guid key) => _items.FirstOrDefault(i => i.Key == key)
        ?? throw new DomainRuleViolation("BlueprintItemMustExist", "Diesen Eintrag gibt es in der Blaupause nicht (mehr).");

    private void Touch(DateTimeOffset now)
    {
        HasUnpublishedChanges = true;
        ChangedAt = now;
    }
}
