using Werkstatt.Domain.Participants;
using Werkstatt.Service.Participants;

namespace Werkstatt.Web.Api.Dtos;

/// <summary>A participant with person, member and the state of the latest invitation message.</summary>
public sealed record ParticipantDto(
    Guid Id, Guid PersonId, string Name, string Email, Guid MemberId, string Member, ParticipantRole Role, string? Function, IReadOnlyList<Guid> ProcessIds, string? Invitation, string? InvitationStatus, int Version, int? WaitingPosition = null)
{
    public static ParticipantDto From(ParticipantRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var p = row.Participant;
        return new ParticipantDto(
            p.Id.Value, p.PersonId.Value, row.Person.Name, row.Person.Email, p.MemberId.Value, row.MemberName, p.Role, p.Function,
            p.Processes.Select(x => x.Value).ToList(), row.Delivery?.Method, row.Delivery?.Status.ToString(), p.Version, row.WaitingPosition);
    }
}

/// <summary>Registering a participant.</summary>
public sealed record ParticipantInputDto(Guid? PersonId, ParticipantRole? Role, string? Function, IReadOnlyList<Guid>? ProcessIds);

/// <summary>How many invitation messages a send added (0: everyone had theirs).</summary>
public sealed record InvitationsSentDto(int Messages);
