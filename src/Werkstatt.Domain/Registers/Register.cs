using Werkstatt.Domain.Blueprints;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Registers.Events;
using Werkstatt.Domain.Registers.Rules;

namespace Werkstatt.Domain.Registers;

/// <summary>
/// A member's catalogue of processes, built from the blueprint of its level: the member strikes what does not occur
/// (with a reason), adds its own, renames and describes each entry with its own attributes.
/// </summary>
public sealed partial class Register : AggregateRoot
{
    public const int MaxEntries = 10_000;
    public const int MaxAttributes = 30;
    public const int ByMaxLength = 200;

    private readonly List<RegisterEntry> _entries = [];
    private readonly List<AttributeDefinition> _definitions = [];
    private readonly List<DeclinedChange> _declined = [];

    private Register()
    {
        UpdatedBy = string.Empty;
    }

    public RegisterId Id { get; private set; }

    public NetworkId NetworkId { get; private set; }

    public MemberId MemberId { get; private set; }

    public BlueprintId BlueprintId { get; private set; }

    /// <summary>The blueprint version whose changes are all applied or declined.</summary>
    public int BlueprintVersion { get; private set; }

    /// <summary>Other members of the network may read the register (otherwise only its own people and the coordinator).</summary>
    public bool IsShared { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Every change sets it, which also raises the version of the register.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedBy { get; private set; }

    public IReadOnlyList<RegisterEntry> Entries => _entries;

    public IReadOnlyList<AttributeDefinition> Definitions => _definitions;

    public IReadOnlyList<DeclinedChange> Declined => _declined;

    public static Register CreateFrom(NetworkId networkId, MemberId memberId, MemberLevel level, BlueprintRelease release, DateTimeOffset now, string by)
    {
        ArgumentNullException.ThrowIfNull(release);
        CheckRule(new RegisterIsBuiltFromTheBlueprintOfItsLevelRule(level, release.Level));
        var register = new Register
        {
            Id = RegisterId.New(),
            NetworkId = networkId,
            MemberId = memberId,
            BlueprintId = release.BlueprintId,
            BlueprintVersion = release.Number,
            CreatedAt = now,
        };
        foreach (var (process, group) in release.Processes())
        {
            register.Take(process, group);
        }

        register.Touch(now, by);
        register.Raise(new RegisterCreated(register.Id, memberId, release.Number, now));
        return register;
    }

    public RegisterEntry Entry(Guid entryId) => _entries.FirstOrDefault(e => e.Id == entryId)
        ?? throw new DomainRuleViolation("RegisterEntryMustExist", "Diesen Eintrag gibt es im Register nicht (mehr).");

    public RegisterEntry AddOwn(string group, string name, string? leikaKey, string? description, DateTimeOffset now, string by)
    {
        CheckRule(new RegisterSizeIsLimitedRule(_entries.Count + 1));
        var entry = new RegisterEntry(
            Guid.CreateVersion7(), null, CheckGroup(group), CheckName(name), LeikaKey.Optional(leikaKey), CheckDescription(description), NextPosition());
        _entries.Add(entry);
        Touch(now, by);
        return entry;
    }

    public void Rename(Guid entryId, string name, DateTimeOffset now, string by)
    {
        var entry = Entry(entryId);
        entry.Name = CheckName(name);
        Touch(now, by);
    }

    /// <summary>Changes group, LeiKa key and description of an entry.</summary>
    public void Describe(Guid entryId, string group, string? leikaKey, string? description, DateTimeOffset now, string by)
    {
        var entry = Entry(entryId);
        var checkedGroup = CheckGroup(group);
        var key = LeikaKey.Optional(leikaKey);
        entry.Description = CheckDescription(description);
        entry.Group = checkedGroup;
        entry.LeikaKey = key;
        Touch(now, by);
    }

    public void Strike(Guid entryId, string reason, DateTimeOffset now, string by)
    {
        var entry = Entry(entryId);
        entry.StrikeReason = Text.Required(reason, RegisterEntry.ReasonMaxLength, "StrikeReason", "Der Grund der Streichung");
        entry.IsStruck = true;
        Touch(now, by);
    }

    public void Restore(Guid entryId, DateTimeOffset now, string by)
    {
        var entry = Entry(entryId);
        entry.IsStruck = false;
        entry.StrikeReason = null;
        Touch(now, by);
    }

    public void DeleteOwn(Guid entryId, DateTimeOffset now, string by)
    {
        var entry = Entry(entryId);
        CheckRule(new OnlyOwnEntriesCanBeDeletedRule(entry.Name, entry.IsOwn));
        _entries.Remove(entry);
        Touch(now, by);
    }

    public void SetAttributes(Guid entryId, EntryAttributes attributes, DateTimeOffset now, string by)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        var entry = Entry(entryId);
        var (unit, person, library) = CheckAttributes(attributes);
        entry.OwnerUnit = unit;
        entry.ResponsiblePerson = person;
        entry.CaseVolume = attributes.CaseVolume;
        entry.Priority = attributes.Priority;
        entry.Status = attributes.Status;
        entry.LibraryEntryId = library;
        Touch(now, by);
    }

    /// <summary>Sets the member's own attribute values of an entry (by definition id; empty clears), all checked before any is set.</summary>
    public void SetValues(Guid entryId, IReadOnlyDictionary<Guid, string?> values, DateTimeOffset now, string by)
    {
        ArgumentNullException.ThrowIfNull(values);
        var entry = Entry(entryId);
        entry.Values = Merge(entry.Values, values.Select(v => (Definition(v.Key), v.Value)));
        Touch(now, by);
    }

    public void SetShared(bool shared, DateTimeOffset now, string by)
    {
        IsShared = shared;
        Touch(now, by);
    }

    public bool HasDeclined(BlueprintChangeKind kind, Guid itemKey, string value) =>
        _declined.Any(d => d.Kind == kind && d.ItemKey == itemKey && string.Equals(d.Value, value, StringComparison.Ordinal));

    /// <summary>Takes one offered change of <paramref name="release"/>; the member's own name of an entry is kept.</summary>
    public void ApplyChange(BlueprintRelease release, BlueprintChangeKind kind, Guid itemKey, DateTimeOffset now, string by)
    {
        ArgumentNullException.ThrowIfNull(release);
        var change = Pending(release, kind, itemKey);
        switch (kind)
        {
            case BlueprintChangeKind.Added:
                var (process, group) = release.Processes().First(p => p.Process.Key == itemKey);
                CheckRule(new RegisterSizeIsLimitedRule(_entries.Count + 1));
                Take(process, group);
                break;
            case BlueprintChangeKind.Renamed:
                var renamed = Entry(change.EntryId!.Value);
                if (!renamed.MemberRenamed)
                {
                    renamed.Name = change.NewName!;
                }

                renamed.BaseName = change.NewName;
                break;
            default:
                var removed = Entry(change.EntryId!.Value);
                removed.IsStruck = true;
                removed.StrikeReason = $"In Version {release.Number} der Blaupause entfernt.";
                break;
        }

        Settle(release, now, by);
    }

    public void DeclineChange(BlueprintRelease release, BlueprintChangeKind kind, Guid itemKey, DateTimeOffset now, string by)
    {
        ArgumentNullException.ThrowIfNull(release);
        var change = Pending(release, kind, itemKey);
        _declined.Add(new DeclinedChange(kind, itemKey, kind == BlueprintChangeKind.Renamed ? change.NewName! : string.Empty));
        Settle(release, now, by);
    }

    private BlueprintChange Pending(BlueprintRelease release, BlueprintChangeKind kind, Guid itemKey)
    {
        var change = release.BlueprintId == BlueprintId
            ? BlueprintChanges.Between(this, release).FirstOrDefault(c => c.Kind == kind && c.ItemKey == itemKey)
            : null;
        CheckRule(new BlueprintChangeMustStillBePendingRule(change is not null));
        return change!;
    }

    private void Settle(BlueprintRelease release, DateTimeOffset now, string by)
    {
        if (release.Number > BlueprintVersion && BlueprintChanges.Between(this, release).Count == 0)
        {
            BlueprintVersion = release.Number;
            Raise(new BlueprintVersionTaken(Id, release.Number, now));
        }

        Touch(now, by);
    }

    private void Take(ReleasedItem process, string group) =>
        _entries.Add(new RegisterEntry(Guid.CreateVersion7(), process.Key, group, process.Name, process.LeikaKey, process.Description, NextPosition()));

    private int NextPosition() => _entries.Count == 0 ? 0 : _entries.Max(e => e.Position) + 1;

    private void Touch(DateTimeOffset now, string by)
    {
        UpdatedAt = now;
        UpdatedBy = Text.Required(by, ByMaxLength, nameof(UpdatedBy), "Der Name");
    }
}
