using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Demo;
using Werkstatt.Service.Persistence;
using Werkstatt.Tests.Shared;

namespace Werkstatt.Service.Tests.Demo;

public sealed class DemoSeederTests
{
    [Fact]
    public async Task Demo_network_has_three_kreise_ten_towns_and_a_login_per_member_and_is_seeded_once()
    {
        await using var database = await TestDatabase.CreateAsync(SqliteWerkstattDbContext.Name);
        await using var services = await TestServices.CreateAsync(database, demo: true);
        var again = await services.CreateScope().ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();

        await using var db = database.NewContext();
        var members = await db.Members.ToListAsync();
        Assert.Equal(3, members.Count(m => m.Level == MemberLevel.Kreis));
        Assert.Equal(10, members.Count(m => m.Level != MemberLevel.Kreis));
        Assert.Equal(1, await db.Networks.CountAsync());
        Assert.Equal(3, await db.Werkstaetten.CountAsync());
        var voting = await db.Werkstaetten.SingleAsync(w => w.Phase == Werkstatt.Domain.Cycle.Phase.Voting);
        Assert.Equal(TestServices.DefaultNow + TimeSpan.FromMinutes(2), voting.Schedule.VotingCloses);
        Assert.Equal(4, await db.Set<Werkstatt.Domain.Voting.Ballot>().CountAsync());
        var agenda = await db.Set<Werkstatt.Domain.Workshop.WorkshopDays>().SingleAsync();
        Assert.Equal((voting.Id, 4), (agenda.WerkstattId, agenda.AgendaOf(1).Count));
        Assert.Equal(13 + 3, again.Count);
        Assert.Equal(13, again.Count(l => l.Role == Role.ProcessManager.GermanName()));
    }
}
