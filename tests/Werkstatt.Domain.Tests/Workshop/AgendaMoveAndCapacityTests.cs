using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Workshop;
using Werkstatt.Domain.Workshop.Events;

using static Werkstatt.Domain.Tests.Workshop.SampleAgenda;

namespace Werkstatt.Domain.Tests.Workshop;

public sealed class AgendaMoveAndCapacityTests
{
    [Fact]
    public void Dragging_the_last_slot_first_shifts_the_others_and_keeps_durations_and_gaps()
    {
        var days = WorkshopDays.For(WerkstattId.New());
        days.SetAgenda(1, Day, Now);
        days.ClearDomainEvents();

        days.MoveTo(1, 3, 0, Now);

        var agenda = days.AgendaOf(1);
        Assert.Equal([AgendaEntryKind.Closing, AgendaEntryKind.Opening, AgendaEntryKind.Process, AgendaEntryKind.Break], agenda.Select(e => e.Kind));
        Assert.Equal([new TimeOnly(9, 0), new TimeOnly(9, 30), new TimeOnly(10, 15), new TimeOnly(11, 45)], agenda.Select(e => e.Start));
        Assert.Equal("09:00+30 09:30+30 10:15+90 11:45+15", days.TimesOf(1));
        Assert.IsType<AgendaTimesChanged>(Assert.Single(days.DomainEvents));
        Assert.Throws<DomainRuleViolation>(() => days.MoveTo(1, 0, 4, Now));
    }

    [Fact]
    public void Capacity_is_only_for_in_person_workshops_and_never_below_the_seated()
    {
        var days = WorkshopDays.For(WerkstattId.New());

        Assert.Equal("RoomCapacityOnlyForInPersonWorkshops", Assert.Throws<DomainRuleViolation>(() => days.SetCapacity(10, inPerson: false, seated: 0, Now)).Rule);
        Assert.Equal("RoomCapacityCannotFallBelowTheSeated", Assert.Throws<DomainRuleViolation>(() => days.SetCapacity(3, inPerson: true, seated: 4, Now)).Rule);
        days.SetCapacity(4, inPerson: true, seated: 4, Now);
        Assert.Equal(4, days.Capacity);
        Assert.IsType<RoomCapacityChanged>(Assert.Single(days.DomainEvents));
    }
}
