using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;
using Werkstatt.Service.Demo;
using Werkstatt.Service.MyTasks;
using Werkstatt.Service.Persistence;
using Werkstatt.Tests.Shared;

namespace Werkstatt.Service.Tests.Demo;

public sealed class DemoSeederTests
{
    [Fact]
    public async Task Demo_network_has_three_kreise_ten_towns_a_login_per_member_and_tasks_for_them_and_is_seeded_once()
    {
        await using var database = await TestDatabase.CreateAsync(SqliteWerkstattDbContext.Name);
        await using var services = await TestServices.CreateAsync(database, demo: true);
        var again = await services.CreateScope().ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();

        await using var db = database.NewContext();
        var members = await db.Members.ToListAsync();
        Assert.Equal(3, members.Count(m => m.Level == MemberLevel.Kreis));
        Assert.Equal(10, members.Count(m => m.Level != MemberLevel.Kreis));
        Assert.Equal(1, await db.Networks.CountAsync());
        Assert.Equal(4, await db.Werkstaetten.CountAsync());
        var voting = await db.Werkstaetten.SingleAsync(w => w.Phase == Werkstatt.Domain.Cycle.Phase.Voting);
        Assert.Equal(TestServices.DefaultNow + TimeSpan.FromMinutes(2), voting.Schedule.VotingCloses);
        Assert.Equal(4, await db.Set<Werkstatt.Domain.Voting.Ballot>().CountAsync(b => b.WerkstattId == voting.Id));
        var review = await db.Werkstaetten.SingleAsync(w => w.Phase == Werkstatt.Domain.Cycle.Phase.QualityReview);
        var states = await db.Set<Werkstatt.Domain.Review.Submission>().Where(s => s.WerkstattId == review.Id).Select(s => s.State).ToListAsync();
        Assert.Equal(
            [Werkstatt.Domain.Review.ReviewState.Submitted, Werkstatt.Domain.Review.ReviewState.ReworkRequested, Werkstatt.Domain.Review.ReviewState.Approved],
            states.Order());
        Assert.Equal(3, await db.Set<Werkstatt.Service.Submissions.SubmissionFile>().CountAsync());
        var agenda = await db.Set<Werkstatt.Domain.Workshop.WorkshopDays>().SingleAsync();
        Assert.Equal((review.Id, 6), (agenda.WerkstattId, agenda.AgendaOf(1).Count));
        Assert.Equal(2, agenda.AgendaOf(1).Count(e => e.Kind == Werkstatt.Domain.Workshop.AgendaEntryKind.Process));
        Assert.Equal(13 + 3, again.Count);
        Assert.Equal(13, again.Count(l => l.Role == Role.ProcessManager.GermanName()));

        // On first start every process manager and the coordinator find something on "Meine Aufgaben".
        var network = await db.Networks.SingleAsync();
        var tasks = services.CreateScope().ServiceProvider.GetRequiredService<MyTasksService>();
        foreach (var member in members)
        {
            var manager = new Actor("pm", $"Prozessmanagement {member.Name}", network.Id, member.Id, new HashSet<Role> { Role.ProcessManager });
            Assert.True((await tasks.ForAsync(manager, network.Id)).Value!.Count > 0, $"{member.Name} has nothing to do");
        }

        // The coordinator's first task comes with the demo vote's deadline two minutes after the start (the deadline
        // job then closes the vote, and "Prozesse ableiten" follows).
        var coordinator = new Actor("k", "Koordination", network.Id, null, new HashSet<Role> { Role.Coordinator });
        Assert.DoesNotContain((await tasks.ForAsync(coordinator, network.Id)).Value!.All, t => t.Kind == MyTaskKinds.CloseVoting);
        ((ManualTimeProvider)services.GetRequiredService<TimeProvider>()).Advance(TimeSpan.FromMinutes(3));
        var close = Assert.Single((await tasks.ForAsync(coordinator, network.Id)).Value!.All, t => t.Kind == MyTaskKinds.CloseVoting);
        Assert.Equal(voting.Id, close.WerkstattId);
    }
}
