using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Werkstaetten;

namespace Werkstatt.Web.Api.Dtos;

/// <summary>A Werkstatt as the API shows it: dates in UTC, phase, what blocks the next phase, date flags, history.</summary>
public sealed record WerkstattDto(
    Guid Id,
    Guid NetworkId,
    string Title,
    Phase Phase,
    string PhaseName,
    ScheduleInput Schedule,
    WorkshopFormat Format,
    string? MeetingUrl,
    string? Address,
    string? CancellationReason,
    Phase? NextPhase,
    IReadOnlyList<string> NextPhaseBlockers,
    IReadOnlyList<DateFlagDto> DateFlags,
    IReadOnlyList<PhaseChangeDto> History,
    int Version)
{
    public static WerkstattDto From(WerkstattView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var w = view.Werkstatt;
        return new WerkstattDto(
            w.Id.Value, w.NetworkId.Value, w.Title, w.Phase, w.Phase.GermanName(), ScheduleInput.From(w.Schedule),
            w.Venue.Format, w.Venue.MeetingUrl, w.Venue.Address, w.CancellationReason, view.NextPhase, view.NextPhaseBlockers,
            view.DateFlags.Select(f => new DateFlagDto(f.Kind, f.Label, f.Date, f.Reason, f.SuggestedDate)).ToList(),
            w.History.Select(h => new PhaseChangeDto(h.From, h.To, h.At, h.By, h.Note)).ToList(),
            w.Version);
    }
}

/// <summary>A milestone on a weekend or holiday.</summary>
public sealed record DateFlagDto(MilestoneKind Milestone, string Label, DateOnly Date, string Reason, DateOnly SuggestedDate);

/// <summary>One entry of the phase history.</summary>
public sealed record PhaseChangeDto(Phase From, Phase To, DateTimeOffset At, string? By, string? Note);

/// <summary>Summary row for lists.</summary>
public sealed record WerkstattSummaryDto(Guid Id, string Title, Phase Phase, string PhaseName, DateOnly FirstDay, int Version)
{
    public static WerkstattSummaryDto From(Werkstatt.Domain.Cycle.Werkstatt w) =>
        new(w.Id.Value, w.Title, w.Phase, w.Phase.GermanName(), BerlinTime.DateOf(w.Schedule.Day1Start), w.Version);
}

/// <summary>Plan a Werkstatt from its first day.</summary>
public sealed record PlanWerkstattDto(string? Title, DateOnly FirstDay, int? Days, WorkshopFormat Format, string? MeetingUrl, string? Address);

/// <summary>Plan the four Werkstätten of a year.</summary>
public sealed record PlanYearDto(int Year, WorkshopFormat Format, string? MeetingUrl, string? Address);

/// <summary>Change title, dates and place.</summary>
public sealed record UpdateWerkstattDto(string Title, ScheduleInput Schedule, WorkshopFormat Format, string? MeetingUrl, string? Address, int? Version);

/// <summary>Move to a phase.</summary>
public sealed record MoveWerkstattDto(Phase Target, int? Version);

/// <summary>Call off a Werkstatt.</summary>
public sealed record CancelWerkstattDto(string Reason, int? Version);

/// <summary>Credentials for the API login (sets the same cookie as the login page).</summary>
public sealed record LoginDto(string Email, string Password);
