using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.WorkshopNotes.Rules;

/// <summary>Only a good-practice note names a member (whose practice it is), and that member belongs to the network.</summary>
public sealed class GoodPracticeNamesAMemberOfTheNetworkRule(NoteKind kind, bool hasMember, bool memberInNetwork) : IBusinessRule
{
    public string Message => kind == NoteKind.GoodPractice
        ? "Diese Verwaltung gehört nicht zum Netzwerk."
        : "Nur eine gute Praxis nennt eine Verwaltung.";

    public bool IsBroken() => hasMember && (kind != NoteKind.GoodPractice || !memberInNetwork);
}
