namespace Werkstatt.Domain.Participants;

/// <summary>German names of <see cref="ParticipantRole"/> for the UI and the invitations.</summary>
public static class ParticipantRoles
{
    public static string GermanName(this ParticipantRole role) => role switch
    {
        ParticipantRole.ProcessManager => "Prozessmanager:in",
        ParticipantRole.Expert => "Fachexpert:in",
        _ => role.ToString(),
    };
}
