using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;

namespace Werkstatt.Domain.Participants;

/// <summary>
/// A person of a member registered for a Werkstatt's workshop: as process manager or subject expert, optionally for
/// some of its processes, with a free function text. Participants get the invitations; one person once per Werkstatt.
/// </summary>
public sealed class Participant : AggregateRoot
{
    public const int FunctionMaxLength = 200;
    public const int ByMaxLength = 200;
    public const int MaxProcesses = 50;

    private List<ProcessId> _processes = [];

    private Participant()
    {
        RegisteredBy = string.Empty;
    }

    public ParticipantId Id { get; private set; }

    public WerkstattId WerkstattId { get; private set; }

    public NetworkId NetworkId { get; private set; }

    public PersonId PersonId { get; private set; }

    public MemberId MemberId { get; private set; }

    public ParticipantRole Role { get; private set; }

    /// <summary>What the person does in the workshop, e.g. "Sachbearbeitung Hundesteuer".</summary>
    public string? Function { get; private set; }

    /// <summary>The processes of the Werkstatt this person comes for; empty means the whole workshop.</summary>
    public IReadOnlyList<ProcessId> Processes => _processes;

    public DateTimeOffset RegisteredAt { get; private set; }

    public string RegisteredBy { get; private set; }

    public static Participant Register(
        WerkstattId werkstattId, Phase phase, NetworkId networkId, PersonId personId, MemberId memberId, ParticipantRole role, string? function, IEnumerable<ProcessId>? processes, DateTimeOffset now, string by)
    {
        var participant = new Participant
        {
            Id = ParticipantId.New(),
            WerkstattId = werkstattId,
            NetworkId = networkId,
            PersonId = personId,
            MemberId = memberId,
            RegisteredAt = now,
            RegisteredBy = Text.Required(by, ByMaxLength, nameof(RegisteredBy), "Wer angemeldet hat"),
        };
        participant.Change(phase, role, function, processes);
        return participant;
    }

    public void Change(Phase phase, ParticipantRole role, string? function, IEnumerable<ProcessId>? processes)
    {
        CheckRule(new ParticipantsChangeOnlyWhileTheWerkstattIsOpenRule(phase));
        if (!Enum.IsDefined(role))
        {
            throw new DomainRuleViolation("ParticipantRoleMustBeKnown", "Bitte „Prozessmanager:in“ oder „Fachexpert:in“ wählen.", nameof(Role));
        }

        var list = (processes ?? []).Distinct().ToList();
        if (list.Count > MaxProcesses)
        {
            throw new DomainRuleViolation("FieldIsTooLong", $"Höchstens {MaxProcesses} Prozesse je Person.", nameof(Processes));
        }

        var checkedFunction = Text.Optional(function, FunctionMaxLength, nameof(Function), "Die Funktion");
        Role = role;
        Function = checkedFunction;
        _processes = list;
    }

    /// <summary>Checks that the registration may be removed (the Werkstatt is still open).</summary>
    public static void EnsureRemovable(Phase phase) => CheckRule(new ParticipantsChangeOnlyWhileTheWerkstattIsOpenRule(phase));
}
