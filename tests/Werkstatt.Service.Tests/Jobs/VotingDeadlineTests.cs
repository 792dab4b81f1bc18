using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Voting;
using Werkstatt.Service.Jobs;
using Werkstatt.Service.Jobs.Recipients;
using Werkstatt.Service.Persistence;
using Werkstatt.Tests.Shared;

namespace Werkstatt.Service.Tests.Jobs;

/// <summary>The demo's running vote: reminders to the members that have not voted, and the close at the deadline.</summary>
public sealed class VotingDeadlineTests
{
    [Fact]
    public async Task Voting_reminder_goes_only_to_process_managers_of_members_without_a_ballot()
    {
        await using var database = await TestDatabase.CreateAsync(SqliteWerkstattDbContext.Name);
        await using var services = await TestServices.CreateAsync(database, demo: true);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
        var werkstatt = await db.Werkstaetten.SingleAsync(w => w.Phase == Phase.Voting);

        var recipients = await scope.ServiceProvider.GetRequiredKeyedService<IRecipientResolver>(RecipientKeys.Reminder(MilestoneKind.VotingCloses)).ResolveAsync(werkstatt, CancellationToken.None);

        var voted = await db.Set<Ballot>().Where(b => b.WerkstattId == werkstatt.Id).Select(b => b.MemberId).ToListAsync();
        var votedEmails = await db.People.Where(p => p.MemberId != null && voted.Contains(p.MemberId.Value)).Select(p => p.Email).ToListAsync();
        Assert.Equal(13 - 4, recipients.Count);
        Assert.All(recipients, r => Assert.StartsWith("pm@", r.Email, StringComparison.Ordinal));
        Assert.DoesNotContain(recipients, r => votedEmails.Contains(r.Email));
    }

    [Fact]
    public async Task Voting_closes_automatically_at_its_deadline_and_the_werkstatt_moves_to_process_selection()
    {
        await using var database = await TestDatabase.CreateAsync(SqliteWerkstattDbContext.Name);
        var clock = new ManualTimeProvider(TestServices.DefaultNow);
        await using var services = await TestServices.CreateAsync(database, clock, demo: true);
        var id = await IdOfVotingAsync(services);

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Contains("läuft bis", await RunDeadlineAsync(services, id), StringComparison.Ordinal);
        clock.Advance(TimeSpan.FromMinutes(1.5));
        await RunDeadlineAsync(services, id);
        var again = await RunDeadlineAsync(services, id);

        await using var check = database.NewContext();
        var werkstatt = await check.Werkstaetten.SingleAsync(w => w.Id == id);
        Assert.Equal(Phase.ProcessSelection, werkstatt.Phase);
        Assert.Equal("System (Abstimmungsfrist)", werkstatt.History[^1].By);
        Assert.True((await check.Set<VotingRound>().SingleAsync(r => r.WerkstattId == id)).IsClosed);
        Assert.Contains("Nichts zu tun", again, StringComparison.Ordinal);
    }

    private static async Task<WerkstattId> IdOfVotingAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<WerkstattDbContext>().Werkstaetten.SingleAsync(w => w.Phase == Phase.Voting)).Id;
    }

    private static async Task<string> RunDeadlineAsync(IServiceProvider services, WerkstattId id)
    {
        await using var scope = services.CreateAsyncScope();
        var werkstatt = await scope.ServiceProvider.GetRequiredService<WerkstattDbContext>().Werkstaetten.AsNoTracking().SingleAsync(w => w.Id == id);
        return await scope.ServiceProvider.GetRequiredKeyedService<IDeadlineAction>(MilestoneKind.VotingCloses).RunAsync(werkstatt, CancellationToken.None);
    }
}
