using Werkstatt.Domain.Workshop;
using Werkstatt.Service.Tests.Voting;
using Werkstatt.Service.Workshop;

namespace Werkstatt.Service.Tests.Workshop;

/// <summary>The set-up the workshop-day tests share: a network with a planned Werkstatt per provider (<see cref="CycleFixture"/>), the workshop service, a short agenda.</summary>
public abstract class WorkshopScenario(string provider) : IAsyncLifetime
{
    protected CycleFixture Fixture { get; private set; } = null!;

    protected WorkshopService Service => Fixture.Get<WorkshopService>();

    public async ValueTask InitializeAsync() => Fixture = await CycleFixture.CreateAsync(provider);

    public async ValueTask DisposeAsync() => await Fixture.DisposeAsync();

    /// <summary>Opening 09:00 (30 min), a break 09:30 (15 min), closing 09:45 (45 min).</summary>
    protected static AgendaItem[] Day(string? breakTitle = null) =>
    [
        new(AgendaEntryKind.Opening, null, "Begrüßung", new TimeOnly(9, 0), 30),
        new(AgendaEntryKind.Break, null, breakTitle, new TimeOnly(9, 30), 15),
        new(AgendaEntryKind.Closing, null, null, new TimeOnly(9, 45), 45),
    ];
}
