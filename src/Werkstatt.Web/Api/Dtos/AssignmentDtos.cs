using Werkstatt.Domain.Assignment;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Staffing;
using Werkstatt.Service.Staffing;

namespace Werkstatt.Web.Api.Dtos;

/// <summary>A process derived for a Werkstatt.</summary>
public sealed record ProcessDto(Guid Id, Guid WerkstattId, Guid TopicId, string Name, string? LeikaKey, int ModellersNeeded, IReadOnlyList<MemberLevel> Levels, bool CrossesLevels, int Version)
{
    public static ProcessDto From(Process p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(p.Id.Value, p.WerkstattId.Value, p.TopicId.Value, p.Name, p.LeikaKey?.Value, p.ModellersNeeded, p.Levels.Order().ToList(), p.CrossesLevels, p.Version);
    }
}

/// <summary>Derive (with topicId) or change a process.</summary>
public sealed record ProcessInputDto(Guid? TopicId, string? Name, string? LeikaKey, int ModellersNeeded, IReadOnlyList<MemberLevel>? Levels, bool CrossesLevels, int? Version);

/// <summary>A member's offer: capacity, and per process its bid, its claim and the free slots.</summary>
public sealed record OfferDto(Guid WerkstattId, Guid MemberId, string MemberName, int Capacity, int CapacityLeft, bool Open, bool Confirmed, IReadOnlyList<OfferProcessDto> Processes, int Version)
{
    public static OfferDto From(OfferView v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new(
            v.Werkstatt.Id.Value, v.Member.Id.Value, v.Member.Name, v.Offer.Capacity, v.Offer.CapacityLeft, v.IsOpen, v.Confirmed,
            v.Processes.Select(p => new OfferProcessDto(p.Process.Id.Value, p.Process.Name, p.Process.ModellersNeeded, p.FreeSlots, p.Bid, p.ClaimedByMember, p.AssignedToMember)).ToList(),
            v.Offer.Version);
    }
}

/// <summary>One process in a member's offer.</summary>
public sealed record OfferProcessDto(Guid ProcessId, string Name, int ModellersNeeded, int FreeSlots, Bid Bid, bool Claimed, bool Assigned);

/// <summary>Declare the capacity for this Werkstatt.</summary>
public sealed record CapacityDto(int Capacity, int? Version);

/// <summary>Bids on processes.</summary>
public sealed record BidsDto(IReadOnlyList<BidDto>? Bids, int? Version);

/// <summary>A bid on one process.</summary>
public sealed record BidDto(Guid ProcessId, Bid Bid);

/// <summary>Claim a process.</summary>
public sealed record ClaimDto(Guid ProcessId, int? Version);

/// <summary>The coordinator's board.</summary>
public sealed record BoardDto(
    Guid WerkstattId, bool Open, bool Confirmed, DateTimeOffset? ProposedAt, DateTimeOffset? ConfirmedAt, AssignmentObjective? Objective,
    IReadOnlyList<BoardProcessDto> Processes, IReadOnlyList<BoardMemberDto> Members, IReadOnlyList<CellDto> Cells, IReadOnlyList<OverrideDto> Overrides, int Version)
{
    public static BoardDto From(BoardView b)
    {
        ArgumentNullException.ThrowIfNull(b);
        var plan = b.Plan;
        return new(
            b.Werkstatt.Id.Value, b.IsOpen, plan.IsConfirmed, plan.ProposedAt, plan.ConfirmedAt, plan.Objective,
            b.Processes.Select(p => new BoardProcessDto(p.Id.Value, p.Name, p.ModellersNeeded, b.OpenSlots(p), b.GapReason(p.Id))).ToList(),
            b.Members.Select(m => new BoardMemberDto(
                m.Id.Value, m.Name, m.Level, m.Capacity, b.Load(m.Id), b.History.GetValueOrDefault(m.Id)?.Assigned ?? 0, b.History.GetValueOrDefault(m.Id)?.Offered ?? 0,
                m.Offer?.Bids.Select(x => new BidDto(x.ProcessId.Value, x.Bid)).ToList() ?? [],
                m.Offer?.Claims.Select(c => c.ProcessId.Value).ToList() ?? [])).ToList(),
            plan.Cells.Select(c => new CellDto(c.ProcessId.Value, c.MemberId.Value, c.Source, c.Reason, c.Violations)).ToList(),
            plan.Overrides.Select(o => new OverrideDto(o.ProcessId.Value, o.MemberId.Value, o.Assigned, o.Violations, o.At, o.By)).ToList(),
            plan.Version);
    }
}

/// <summary>A row of the board.</summary>
public sealed record BoardProcessDto(Guid Id, string Name, int ModellersNeeded, int OpenSlots, string? UnfilledReason);

/// <summary>A column of the board: capacity, load now and over the last four Werkstätten, bids and claims.</summary>
public sealed record BoardMemberDto(Guid Id, string Name, MemberLevel Level, int Capacity, int Load, int HistoryAssigned, int HistoryOffered, IReadOnlyList<BidDto> Bids, IReadOnlyList<Guid> Claims);

/// <summary>A member on a process in the plan.</summary>
public sealed record CellDto(Guid ProcessId, Guid MemberId, CellSource Source, string Reason, string? Violations);

/// <summary>A recorded change by hand.</summary>
public sealed record OverrideDto(Guid ProcessId, Guid MemberId, bool Assigned, string? Violations, DateTimeOffset At, string By);

/// <summary>Put a member on a process or take it off; breaking a hard constraint needs confirmViolation.</summary>
public sealed record OverrideCellDto(Guid ProcessId, Guid MemberId, bool Assign, bool ConfirmViolation, int? Version);
