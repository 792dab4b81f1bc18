using Werkstatt.Domain.Network;

namespace Werkstatt.Domain.Workshop;

/// <summary>Whether one person of a member was present on one workshop day.</summary>
public sealed class AttendanceMark
{
    private AttendanceMark()
    {
    }

    internal AttendanceMark(int day, PersonId personId, MemberId memberId, bool present)
    {
        Day = day;
        PersonId = personId;
        MemberId = memberId;
        Present = present;
    }

    public int Day { get; private set; }

    public PersonId PersonId { get; private set; }

    public MemberId MemberId { get; private set; }

    public bool Present { get; internal set; }
}
