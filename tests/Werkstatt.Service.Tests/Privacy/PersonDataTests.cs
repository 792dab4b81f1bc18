using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Voting;
using Werkstatt.Service.Audit;
using Werkstatt.Service.Common;
using Werkstatt.Service.Networks;
using Werkstatt.Service.Notifications;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Privacy;
using Werkstatt.Service.Tests.Voting;
using Werkstatt.Service.Voting;

namespace Werkstatt.Service.Tests.Privacy;

/// <summary>DSGVO: a person exports their data; the coordination erases a person, who is then anonymised everywhere while the work stays.</summary>
public abstract class PersonDataTests(string provider) : IAsyncLifetime
{
    private const string Name = "Paula Privat";
    private const string Email = "paula@stadt-a.example";
    private CycleFixture _f = null!;
    private Person _paula = null!;
    private Actor _paulaActor = null!;

    public async ValueTask InitializeAsync()
    {
        _f = await CycleFixture.CreateAsync(provider);
        _paula = CycleFixture.Ok(await _f.Get<PersonService>().CreateAsync(_f.Net.Coordinator, _f.Net.Network.Id, new PersonInput(_f.Net.StadtA.Id, Name, Email, "Prozessmanagerin", Role.ProcessManager, "ein-langes-passwort-1")));
        await using var scope = _f.Net.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
        var userId = await db.Users.Where(u => u.PersonId == _paula.Id.Value).Select(u => u.Id).SingleAsync();
        _paulaActor = new Actor(userId, Name, _f.Net.Network.Id, _f.Net.StadtA.Id, new HashSet<Role> { Role.ProcessManager });

        // Paula proposes a topic and casts her member's ballot through a request of hers; mails are waiting and sent.
        await _f.MoveToAsync(Phase.TopicCollection);
        var topic = await AsPaulaAsync(s => s.GetRequiredService<TopicService>().ProposeAsync(_paulaActor, _f.WerkstattId, new ProposeTopic("Wohngeld", "Beschreibung", "Weil es drängt.")));
        await _f.MoveToAsync(Phase.Voting);
        var ballot = CycleFixture.Ok(await _f.Get<VotingService>().GetBallotAsync(_paulaActor, _f.WerkstattId, _f.Net.StadtA.Id));
        await AsPaulaAsync(s => s.GetRequiredService<VotingService>().CastAsync(_paulaActor, _f.WerkstattId, _f.Net.StadtA.Id, new CastBallot(new Dictionary<TopicId, int> { [topic.Id] = 2 }, ballot.Ballot.Version)));
        db.Set<OutboxMessage>().AddRange(Message("waiting", OutboxStatus.Pending), Message("sent", OutboxStatus.Sent));
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync() => await _f.DisposeAsync();

    [Fact]
    public async Task A_person_exports_their_data_as_json_others_of_another_member_may_not()
    {
        var export = CycleFixture.Ok(await _f.Get<PersonDataService>().ExportAsync(_paulaActor, _paula.Id));

        using var json = JsonDocument.Parse(export.Json);
        var root = json.RootElement;
        Assert.Equal(Name, root.GetProperty("person").GetProperty("Name").GetString());
        Assert.Equal(Email, Assert.Single(root.GetProperty("accounts").EnumerateArray()).GetProperty("Email").GetString());
        Assert.Equal("ProcessManager", root.GetProperty("accounts")[0].GetProperty("roles")[0].GetString());
        Assert.Equal("Wohngeld", root.GetProperty("participations").GetProperty("topicsProposed")[0].GetProperty("Title").GetString());
        Assert.Equal(2, root.GetProperty("votesOfTheirMember")[0].GetProperty("dots")[0].GetProperty("Dots").GetInt32());
        Assert.Equal(2, root.GetProperty("messages").GetArrayLength());
        Assert.Contains(root.GetProperty("auditEntries").EnumerateArray(), e => e.GetProperty("Summary").GetString() == "Thema „Wohngeld“ vorgeschlagen." && e.GetProperty("ActorName").GetString() == Name);
        Assert.DoesNotContain("PasswordHash", export.Json, StringComparison.Ordinal);

        Assert.Equal(ErrorKind.Forbidden, (await _f.Get<PersonDataService>().ExportAsync(_f.ManagerOfB, _paula.Id)).Error?.Kind);
        Assert.True((await _f.Get<PersonDataService>().ExportAsync(_f.Net.Coordinator, _paula.Id)).IsSuccess);
    }

    [Fact]
    public async Task Erasure_anonymises_the_person_everywhere_and_keeps_the_work_of_the_member()
    {
        Assert.Equal(ErrorKind.Forbidden, (await _f.Get<PersonDataService>().EraseAsync(_f.Net.ManagerOfA, _paula.Id)).Error?.Kind);

        var erased = CycleFixture.Ok(await _f.Get<PersonDataService>().EraseAsync(_f.Net.Coordinator, _paula.Id));

        Assert.Equal(1, erased.Logins);
        Assert.Equal(1, erased.MessagesDropped);
        await using var scope = _f.Net.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
        var person = await db.People.AsNoTracking().SingleAsync(p => p.Id == _paula.Id);
        Assert.Equal(Person.ErasedName, person.Name);
        Assert.EndsWith("@geloescht.invalid", person.Email, StringComparison.Ordinal);
        Assert.Null(person.Function);
        Assert.False(await db.Users.AnyAsync(u => u.PersonId == _paula.Id.Value));
        var sent = Assert.Single(await db.Set<OutboxMessage>().AsNoTracking().ToListAsync());
        Assert.Equal((person.Email, Person.ErasedName, ""), (sent.ToAddress, sent.ToName, sent.TextBody));
        Assert.Equal(Person.ErasedName, (await db.Set<Topic>().AsNoTracking().SingleAsync()).ProposedBy);
        Assert.Single(await db.Set<Ballot>().AsNoTracking().ToListAsync()); // the member's vote stays

        var entries = await db.Set<AuditEntry>().AsNoTracking().ToListAsync();
        Assert.DoesNotContain(entries, e => e.Summary.Contains(Name, StringComparison.Ordinal) || e.ActorName == Name);
        Assert.Contains(entries, e => e.ActorId == _paulaActor.UserId && e.ActorName == Person.ErasedName); // pseudonymous id kept
        Assert.Contains(entries, e => e.Kind == AuditKinds.DataProtection && e.Action == "Erased" && e.EntityId == _paula.Id.Value.ToString());
        Assert.Equal("PersonIsAlreadyErased", (await _f.Get<PersonDataService>().EraseAsync(_f.Net.Coordinator, _paula.Id)).Error?.Code);
    }

    private async Task<T> AsPaulaAsync<T>(Func<IServiceProvider, Task<Result<T>>> action)
    {
        await using var scope = _f.Net.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AuditContext>().Use(_paulaActor);
        return CycleFixture.Ok(await action(scope.ServiceProvider));
    }

    private OutboxMessage Message(string key, OutboxStatus status) => new()
    {
        Id = Guid.NewGuid(),
        IdempotencyKey = key,
        MessageId = $"<{key}@test>",
        NetworkId = _f.Net.Network.Id.Value,
        PersonId = _paula.Id.Value,
        Reason = "Test",
        ToAddress = Email,
        ToName = Name,
        Subject = "Erinnerung",
        TextBody = $"Hallo {Name}",
        HtmlBody = $"<p>Hallo {Name}</p>",
        Status = status,
        CreatedAt = _f.Net.Clock.GetUtcNow(),
        DueAt = _f.Net.Clock.GetUtcNow(),
        NextAttemptAt = _f.Net.Clock.GetUtcNow(),
        SentAt = status == OutboxStatus.Sent ? _f.Net.Clock.GetUtcNow() : null,
    };
}

public sealed class SqlitePersonDataTests() : PersonDataTests(SqliteWerkstattDbContext.Name);

public sealed class PostgresPersonDataTests() : PersonDataTests(PostgresWerkstattDbContext.Name);
