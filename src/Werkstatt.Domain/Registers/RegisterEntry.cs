using Werkstatt.Domain.Processes;

namespace Werkstatt.Domain.Registers;

/// <summary>One process in a member's register: taken from the blueprint (<see cref="BlueprintKey"/>) or the member's own.</summary>
public sealed class RegisterEntry
{
    public const int GroupMaxLength = 300;
    public const int NameMaxLength = 150;
    public const int DescriptionMaxLength = 1000;
    public const int ReasonMaxLength = 500;
    public const int UnitMaxLength = 150;
    public const int PersonMaxLength = 150;
    public const int LibraryMaxLength = 100;
    public const int MaxCaseVolume = 100_000_000;

    private RegisterEntry()
    {
        Group = string.Empty;
        Name = string.Empty;
        Values = new Dictionary<Guid, string>();
    }

    internal RegisterEntry(Guid id, Guid? blueprintKey, string group, string name, LeikaKey? leikaKey, string? description, int position)
        : this()
    {
        Id = id;
        BlueprintKey = blueprintKey;
        Group = group;
        Name = name;
        BaseName = blueprintKey is null ? null : name;
        LeikaKey = leikaKey;
        Description = description;
        Position = position;
    }

    public Guid Id { get; private set; }

    /// <summary>The blueprint item it was taken from; null for the member's own processes.</summary>
    public Guid? BlueprintKey { get; private set; }

    /// <summary>The group path, e.g. "Ordnung › Gewerbe".</summary>
    public string Group { get; internal set; }

    public string Name { get; internal set; }

    /// <summary>The blueprint's name of the process as last taken over; differs from <see cref="Name"/> when the member renamed it.</summary>
    public string? BaseName { get; internal set; }

    public LeikaKey? LeikaKey { get; internal set; }

    public string? Description { get; internal set; }

    public bool IsStruck { get; internal set; }

    public string? StrikeReason { get; internal set; }

    public string? OwnerUnit { get; internal set; }

    public string? ResponsiblePerson { get; internal set; }

    /// <summary>Cases per year.</summary>
    public int? CaseVolume { get; internal set; }

    public RegisterPriority? Priority { get; internal set; }

    public ProcessStatus Status { get; internal set; }

    /// <summary>A library entry linked by hand (its id as text), overriding the match by LeiKa key or name.</summary>
    public string? LibraryEntryId { get; internal set; }

    /// <summary>Values of the member's own attributes by definition id, in canonical form (numbers invariant, dates yyyy-MM-dd).</summary>
    public IReadOnlyDictionary<Guid, string> Values { get; internal set; }

    public int Position { get; private set; }

    public bool IsOwn => BlueprintKey is null;

    public bool MemberRenamed => BaseName is not null && !string.Equals(BaseName, Name, StringComparison.Ordinal);
}
