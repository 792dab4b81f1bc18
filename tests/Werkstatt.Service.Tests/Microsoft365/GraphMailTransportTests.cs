using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Werkstatt.Domain.Calendar;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Participants;
using Werkstatt.Service.Common;
using Werkstatt.Service.Dossiers;
using Werkstatt.Service.Dossiers.Samples;
using Werkstatt.Service.Dossiers.Writer;
using Werkstatt.Service.Invitations;
using Werkstatt.Service.Mail;
using Werkstatt.Service.Networks;
using Werkstatt.Service.Notifications;
using Werkstatt.Service.Participants;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Werkstaetten;
using Werkstatt.Tests.Shared;

namespace Werkstatt.Service.Tests.Microsoft365;

/// <summary><c>Mail:Transport=Graph</c>: an iCalendar invitation leaves through Graph sendMail as the same MIME message, from the organizer mailbox.</summary>
public abstract class GraphMailTransportTests(string provider) : IAsyncLifetime
{
    private readonly List<IAsyncDisposable> _owned = [];

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        foreach (var owned in _owned)
        {
            await owned.DisposeAsync();
        }
    }

    [Fact]
    public async Task An_invitation_mail_goes_out_through_sendMail_as_mime_with_its_calendar_part()
    {
        var graph = await FakeGraphServer.StartAsync();
        _owned.Add(graph);
        var database = await TestDatabase.CreateAsync(provider);
        _owned.Add(database);
        var services = await TestServices.CreateAsync(database, configure: s => s.Replace(ServiceDescriptor.Singleton(graph.HandlerFactory())));
        _owned.Insert(0, services);
        T Get<T>()
            where T : notnull => services.CreateScope().ServiceProvider.GetRequiredService<T>();

        var network = (await Get<NetworkService>().CreateAsync(Actor.System, "Netz Ost", FederalState.Sachsen)).Value!;
        var configuration = services.GetRequiredService<IConfiguration>();
        foreach (var (key, value) in graph.Settings(network.Id.Value, "einladung@netz.example"))
        {
            configuration[key] = value;
        }

        configuration["Mail:Transport"] = "Graph";
        var coordinator = new Actor("c", "Koordination", network.Id, null, new HashSet<Role> { Role.Coordinator });
        var member = (await Get<MemberService>().CreateAsync(coordinator, network.Id, new MemberInput("Stadt A", MemberLevel.Stadt, 40_000, 400))).Value!;
        var person = Person.Create(network.Id, member.Id, "Anna Äbel", "anna@a.example", null);
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
            db.People.Add(person);
            await db.SaveChangesAsync();
        }

        var plan = (await Get<WerkstattService>().PlanAsync(coordinator, new PlanWerkstatt(network.Id, "Gewerbe", new DateOnly(2027, 10, 25), 1, WorkshopFormat.InPerson, null, "Rathaus"))).Value!;
        Assert.True((await Get<ParticipantService>().AddAsync(coordinator, plan.Werkstatt.Id, new ParticipantInput(person.Id.Value, ParticipantRole.Expert, null, null))).IsSuccess);
        Assert.Equal(1, (await Get<InvitationService>().SendAsync(coordinator, plan.Werkstatt.Id)).Value);
        await using (var scope = services.CreateAsyncScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchOnceAsync("test"));
        }

        var sent = Assert.Single(graph.GraphRequests("POST"));
        Assert.Equal("/v1.0/users/einladung@netz.example/sendMail", sent.Path);
        Assert.Equal("text/plain", sent.ContentType);
        var mime = Encoding.UTF8.GetString(Convert.FromBase64String(sent.Body));
        Assert.Contains("einladung@netz.example", mime.Split("\r\n").First(l => l.StartsWith("From:", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("anna@a.example", mime.Split("\r\n").First(l => l.StartsWith("To:", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Matches("(?i)content-type: text/calendar;[^\r\n]*method=REQUEST", mime);
        Assert.Contains("multipart/alternative", mime, StringComparison.Ordinal);
        Assert.Equal(1, graph.Requests.Count(r => r.Path.EndsWith("/token", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_dossier_pdf_goes_into_the_sendMail_mime_and_one_beyond_the_request_limit_stays_behind()
    {
        var graph = await FakeGraphServer.StartAsync();
        _owned.Add(graph);
        var database = await TestDatabase.CreateAsync(provider);
        _owned.Add(database);
        var services = await TestServices.CreateAsync(database, configure: s => s.Replace(ServiceDescriptor.Singleton(graph.HandlerFactory())));
        _owned.Insert(0, services);
        var network = Guid.NewGuid();
        var configuration = services.GetRequiredService<IConfiguration>();
        foreach (var (key, value) in graph.Settings(network, "vorab@netz.example"))
        {
            configuration[key] = value;
        }

        var transport = services.GetRequiredKeyedService<IMailTransport>(MailTransportKind.Graph);
        var pdf = DossierWriter.Write(SampleDossiers.Create(1, 5, TestServices.DefaultNow));
        await transport.SendAsync(Message(network), [new MailAttachment("Vorabunterlagen-v1.pdf", "application/pdf", pdf)], CancellationToken.None);
        await transport.SendAsync(Message(network), [new MailAttachment("Vorabunterlagen-v2.pdf", "application/pdf", new byte[3_000_000])], CancellationToken.None);

        var sent = graph.GraphRequests("POST").Select(r => Encoding.UTF8.GetString(Convert.FromBase64String(r.Body))).ToList();
        Assert.Equal(2, sent.Count);
        Assert.Matches("(?i)content-type: application/pdf;[^\r\n]*name=Vorabunterlagen-v1.pdf", sent[0]);
        Assert.Contains(Convert.ToBase64String(pdf)[..60], sent[0], StringComparison.Ordinal);
        Assert.DoesNotContain("application/pdf", sent[1], StringComparison.Ordinal);
        Assert.Matches("(?i)content-type: text/plain", sent[1]);
        Assert.Contains("Herunterladen:", sent[1], StringComparison.Ordinal);
    }

    private static OutboxMessage Message(Guid network)
    {
        var id = Guid.CreateVersion7();
        return new OutboxMessage
        {
            Id = id, IdempotencyKey = $"test|{id:N}", MessageId = $"<{id:N}@localhost>", NetworkId = network, Reason = DossierBuilder.MailReason,
            ToAddress = "anna@a.example", ToName = "Anna Äbel", Subject = "Vorabunterlagen: Test",
            TextBody = "Herunterladen: https://werkstatt.example/Werkstaetten/x/Vorabunterlagen", HtmlBody = "<p>Vorabunterlagen</p>",
        };
    }
}

public sealed class SqliteGraphMailTransportTests() : GraphMailTransportTests(SqliteWerkstattDbContext.Name);

public sealed class PostgresGraphMailTransportTests() : GraphMailTransportTests(PostgresWerkstattDbContext.Name);
