using Werkstatt.Domain.Registers;
using Werkstatt.Service.Registers;

namespace Werkstatt.Web.Api.Dtos;

/// <summary>A member's register over the API; attribute values by attribute name, shown the German way.</summary>
public sealed record RegisterDto(
    Guid MemberId, string MemberName, bool Exists, int Version, int BlueprintVersion, int? LatestBlueprintVersion, bool Shared,
    IReadOnlyList<RegisterEntryDto> Entries, IReadOnlyList<AttributeDto> Attributes, IReadOnlyList<PendingChangeDto> Pending, CoverageDto? Coverage)
{
    public static RegisterDto From(RegisterView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var r = view.Register;
        if (r is null)
        {
            return new RegisterDto(view.Member.Id.Value, view.Member.Name, false, 0, 0, view.Latest?.Number, false, [], [], [], null);
        }

        var covered = view.Coverage?.Entries.Where(c => c.Library is not null).ToDictionary(c => c.Entry.Id, c => c.Library!.Id) ?? [];
        return new RegisterDto(
            view.Member.Id.Value, view.Member.Name, true, r.Version, r.BlueprintVersion, view.Latest?.Number, r.IsShared,
            r.Entries.OrderBy(e => e.Position).Select(e => new RegisterEntryDto(
                e.Id, e.BlueprintKey, e.Group, e.Name, e.BaseName, e.LeikaKey?.Value, e.Description, e.IsStruck, e.StrikeReason, e.OwnerUnit, e.ResponsiblePerson,
                e.CaseVolume, e.Priority?.GermanName(), e.Status.GermanName(), e.LibraryEntryId, covered.GetValueOrDefault(e.Id),
                r.Definitions.Where(d => e.Values.ContainsKey(d.Id)).ToDictionary(d => d.Name, d => AttributeValues.Display(d, e.Values[d.Id])))).ToList(),
            r.Definitions.Select(d => new AttributeDto(d.Id, d.Name, d.Kind.ToString(), d.Choices)).ToList(),
            view.Pending.Select(p => new PendingChangeDto(p.Kind.ToString(), p.ItemKey, p.EntryId, p.Group, p.OldName, p.NewName, p.MemberRenamed)).ToList(),
            view.Coverage is { } c ? new CoverageDto(c.Active, c.Covered, c.Imported, c.Percent) : null);
    }
}

public sealed record RegisterEntryDto(
    Guid Id, Guid? BlueprintKey, string Group, string Name, string? BaseName, string? LeikaKey, string? Description, bool Struck, string? StrikeReason,
    string? OwnerUnit, string? ResponsiblePerson, int? CaseVolume, string? Priority, string Status, string? LibraryEntryId, string? CoveredBy,
    IReadOnlyDictionary<string, string> Attributes);

public sealed record AttributeDto(Guid Id, string Name, string Kind, IReadOnlyList<string> Choices);

public sealed record PendingChangeDto(string Kind, Guid ItemKey, Guid? EntryId, string Group, string? OldName, string? NewName, bool MemberRenamed);

public sealed record CoverageDto(int Active, int Covered, int Imported, int Percent);

public sealed record NetworkRegistersDto(int Members, int WithRegister, int Active, int Covered, IReadOnlyDictionary<string, int> ByStatus, IReadOnlyList<TopicProposalDto> Proposals)
{
    public static NetworkRegistersDto From(NetworkRegistersView v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new NetworkRegistersDto(v.Members, v.WithRegister, v.Active, v.Covered, v.ByStatus.ToDictionary(s => s.Key.GermanName(), s => s.Value),
            v.Proposals.Select(p => new TopicProposalDto(p.Key, p.Name, p.Group, p.Lacking, p.Having)).ToList());
    }
}

public sealed record TopicProposalDto(string Key, string Name, string Group, int Lacking, int Having);
