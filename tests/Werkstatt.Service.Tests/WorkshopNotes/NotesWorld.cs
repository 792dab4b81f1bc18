using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Accounts;
using Werkstatt.Service.Common;
using Werkstatt.Service.Notifications;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Tests.Submissions;
using Werkstatt.Service.Tests.Voting;
using Werkstatt.Service.WorkshopNotes;

namespace Werkstatt.Service.Tests.WorkshopNotes;

/// <summary>
/// The submission world (process "Wohnsitz anmelden", Stadt A and B, Kreis K; first workshop day 14.09.2027) moved to
/// the workshop, with people who have logins: a process manager of Stadt A and of Stadt B, and the coordination.
/// </summary>
public sealed class NotesWorld : IAsyncDisposable
{
    private NotesWorld(SubmissionWorld world) => W = world;

    public SubmissionWorld W { get; }

    public Person PersonA { get; private set; } = null!;

    public Person PersonB { get; private set; } = null!;

    public Person CoordinatorPerson { get; private set; } = null!;

    public WorkshopNotesService Notes => W.Cycle.Get<WorkshopNotesService>();

    public ActionItemService Actions => W.Cycle.Get<ActionItemService>();

    public static async Task<NotesWorld> CreateAsync(string provider)
    {
        var world = new NotesWorld(await SubmissionWorld.CreateAsync(provider));
        await using var scope = world.W.Cycle.Net.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        world.PersonA = await world.AddAsync(db, accounts, world.W.StadtA.Id, "Paula Prozess", "pm@stadt-a.example", Role.ProcessManager);
        world.PersonB = await world.AddAsync(db, accounts, world.W.StadtB.Id, "Bernd Prozess", "pm@stadt-b.example", Role.ProcessManager);
        world.CoordinatorPerson = await world.AddAsync(db, accounts, null, "Clara Koordination", "koordination@netz.example", Role.Coordinator);
        return world;
    }

    /// <summary>Sets the phase directly (the quality review and pre-read have their own tests) and the clock to the first workshop day.</summary>
    public async Task SetPhaseAsync(Phase phase)
    {
        await using var db = W.Cycle.Net.Database.NewContext();
        await db.Werkstaetten.Where(w => w.Id == W.WerkstattId).ExecuteUpdateAsync(s => s.SetProperty(w => w.Phase, phase));
        var werkstatt = await db.Werkstaetten.AsNoTracking().SingleAsync(w => w.Id == W.WerkstattId);
        W.Cycle.Net.Clock.SetUtcNow(werkstatt.Schedule.Day1Start.AddHours(1));
    }

    public async Task<Domain.Cycle.Werkstatt> WerkstattAsync()
    {
        await using var db = W.Cycle.Net.Database.NewContext();
        return await db.Werkstaetten.AsNoTracking().SingleAsync(w => w.Id == W.WerkstattId);
    }

    public async Task<List<OutboxMessage>> OutboxAsync()
    {
        await using var db = W.Cycle.Net.Database.NewContext();
        return await db.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.ToAddress).ToListAsync();
    }

    public ValueTask DisposeAsync() => W.DisposeAsync();

    private async Task<Person> AddAsync(WerkstattDbContext db, AccountService accounts, MemberId? member, string name, string email, Role role)
    {
        var person = Person.Create(W.Cycle.Net.Network.Id, member, name, email, null);
        db.People.Add(person);
        await db.SaveChangesAsync();
        var login = await accounts.CreateLoginAsync(person, role, "Test-Passwort-123");
        Assert.True(login.IsSuccess, login.Error?.Message);
        return person;
    }
}
