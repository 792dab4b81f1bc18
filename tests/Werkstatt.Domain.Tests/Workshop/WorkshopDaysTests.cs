using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Workshop;
using Werkstatt.Domain.Workshop.Events;

using static Werkstatt.Domain.Tests.Workshop.SampleAgenda;

namespace Werkstatt.Domain.Tests.Workshop;

public sealed class WorkshopDaysTests
{
    [Fact]
    public void Times_changed_is_raised_only_when_a_start_or_duration_changes()
    {
        var days = WorkshopDays.For(WerkstattId.New());
        var items = Day;
        days.SetAgenda(1, items, Now);
        days.ClearDomainEvents();

        days.SetAgenda(1, [items[0] with { Title = "Willkommen" }, .. items[1..]], Now);
        Assert.Empty(days.DomainEvents);

        days.SetAgenda(1, [items[0] with { DurationMinutes = 20 }, .. items[1..]], Now);
        var raised = Assert.IsType<AgendaTimesChanged>(Assert.Single(days.DomainEvents));
        Assert.Equal(1, raised.Day);
    }

    [Fact]
    public void Moving_up_keeps_durations_and_the_gaps_in_place()
    {
        var days = WorkshopDays.For(WerkstattId.New());
        days.SetAgenda(1, Day, Now);

        days.Move(1, 2, up: true, Now);

        var agenda = days.AgendaOf(1);
        Assert.Equal([AgendaEntryKind.Opening, AgendaEntryKind.Break, AgendaEntryKind.Process, AgendaEntryKind.Closing], agenda.Select(e => e.Kind));
        Assert.Equal([30, 15, 90, 30], agenda.Select(e => e.DurationMinutes));
        Assert.Equal([new TimeOnly(9, 0), new TimeOnly(9, 30), new TimeOnly(10, 0), new TimeOnly(11, 30)], agenda.Select(e => e.Start));
    }

    [Theory]
    [InlineData(6, 30, 30, "zwischen 07:00 und 20:00 Uhr")]
    [InlineData(19, 30, 45, "zwischen 07:00 und 20:00 Uhr")]
    [InlineData(9, 0, 0, "mindestens eine Minute")]
    [InlineData(9, 10, 10, "überschneidet sich")]
    public void Bad_slots_are_refused_with_a_German_message_and_nothing_changes(int hour, int minute, int duration, string message)
    {
        var days = WorkshopDays.For(WerkstattId.New());
        days.SetAgenda(1, Day, Now);
        var bad = new AgendaItem(AgendaEntryKind.Break, null, null, new TimeOnly(hour, minute), duration);

        var refused = Assert.Throws<DomainRuleViolation>(() => days.SetAgenda(1, [.. Day, bad], Now));

        Assert.Contains(message, refused.Message, StringComparison.Ordinal);
        Assert.Equal(4, days.AgendaOf(1).Count);
    }

    [Fact]
    public void The_first_slot_cannot_move_further_up()
    {
        var days = WorkshopDays.For(WerkstattId.New());
        days.SetAgenda(1, Day, Now);

        Assert.Throws<DomainRuleViolation>(() => days.Move(1, 0, up: true, Now));
    }
}
