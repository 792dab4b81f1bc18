using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Dossiers;
using Werkstatt.Service.Dossiers.Storage;
using Werkstatt.Service.Mail;
using Werkstatt.Service.Networks;
using Werkstatt.Service.Notifications;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Staffing;
using Werkstatt.Service.Tests.Voting;
using Werkstatt.Service.Werkstaetten;
using Werkstatt.Tests.Shared;

namespace Werkstatt.Service.Tests.Dossiers;

/// <summary>
/// The "Vorabunterlagen" mail carries the dossier PDF (stored in the outbox by reference, read when sent) when it is smaller
/// than <c>Dossiers:AttachUpToBytes</c>; the link is always in the body. Real SMTP (aiosmtpd) and the pickup directory.
/// </summary>
public abstract class DossierMailAttachmentTests(string provider) : IAsyncLifetime
{
    private readonly string _data = Directory.CreateTempSubdirectory("werkstatt-dossier-mail-").FullName;
    private readonly List<IAsyncDisposable> _owned = [];

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        foreach (var owned in _owned)
        {
            await owned.DisposeAsync();
        }

        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task The_mail_arrives_with_the_pdf_and_the_link_and_without_the_file_when_it_is_gone()
    {
        var smtp = await SmtpSink.StartAsync();
        _owned.Add(smtp);
        var f = await ReleasedAsync(Smtp(smtp.Port));

        Assert.Equal(1, await DispatchAsync(f));
        var mail = Assert.Single(await smtp.WaitForAsync(1, TimeSpan.FromSeconds(10)));
        Assert.Equal(["Vorabunterlagen-v1.pdf"], mail.Attachments);
        Assert.Contains("application/pdf", mail.Parts!);
        Assert.Contains($"Herunterladen: http://localhost:5080/Werkstaetten/{f.WerkstattId}/Vorabunterlagen", mail.Text, StringComparison.Ordinal);
        var stored = await LatestAsync(f);
        var pdf = await File.ReadAllBytesAsync(Assert.Single(mail.AttachmentFiles!));
        Assert.Equal(stored.SizeBytes, pdf.LongLength);
        if (PdfTools.Available)
        {
            using var tools = new PdfTools(pdf);
            tools.Check();
            Assert.Contains("Prozess 1: Hundeanmeldung", tools.Text(), StringComparison.Ordinal);
        }

        // Version 2's file disappears before its mail goes out: the mail still goes, with the link only.
        await ChangeVenueAsync(f);
        Assert.Equal(1, await f.Get<DossierBuilder>().CheckForChangesAsync(CancellationToken.None));
        Assert.Equal(1, await f.Get<DossierBuilder>().ProcessPendingAsync("test", CancellationToken.None));
        File.Delete(f.Get<DossierFiles>().FullPath((await LatestAsync(f)).FileName));
        Assert.Equal(1, await DispatchAsync(f));
        var second = Assert.Single(await smtp.WaitForAsync(2, TimeSpan.FromSeconds(10)), m => m.Subject.Contains("Version 2", StringComparison.Ordinal));
        Assert.Empty(second.Attachments!);
        Assert.DoesNotContain("application/pdf", second.Parts!);
        Assert.Contains($"/Werkstaetten/{f.WerkstattId}/Vorabunterlagen", second.Text, StringComparison.Ordinal);
        Assert.All(await OutboxAsync(f), m => Assert.Equal(OutboxStatus.Sent, m.Status));
    }

    [Fact]
    public async Task A_dossier_not_below_the_threshold_is_only_linked()
    {
        var smtp = await SmtpSink.StartAsync();
        _owned.Add(smtp);
        var settings = Smtp(smtp.Port);
        settings["Dossiers:AttachUpToBytes"] = "20000";
        var f = await ReleasedAsync(settings);
        Assert.True((await LatestAsync(f)).SizeBytes >= 20000);

        Assert.Equal(1, await DispatchAsync(f));
        var mail = Assert.Single(await smtp.WaitForAsync(1, TimeSpan.FromSeconds(10)));
        Assert.Empty(mail.Attachments!);
        Assert.Equal("multipart/alternative", mail.ContentType);
        Assert.Contains($"/Werkstaetten/{f.WerkstattId}/Vorabunterlagen", mail.Text, StringComparison.Ordinal);
        await using var db = f.Net.Database.NewContext();
        Assert.Equal(0, await db.Set<OutboxAttachment>().CountAsync());
    }

    [Fact]
    public async Task The_default_run_writes_the_pdf_into_the_eml_of_the_pickup_directory()
    {
        var f = await ReleasedAsync([]);
        Assert.Equal(1, await DispatchAsync(f));

        var eml = Assert.Single(Directory.GetFiles(Path.Combine(_data, "mail"), "*.eml"));
        var mail = SmtpSink.Parse(eml, Path.Combine(_data, "parsed"));
        Assert.Equal(["Vorabunterlagen-v1.pdf"], mail.Attachments);
        Assert.Contains($"/Werkstaetten/{f.WerkstattId}/Vorabunterlagen", mail.Text, StringComparison.Ordinal);
        if (PdfTools.Available)
        {
            using var tools = new PdfTools(await File.ReadAllBytesAsync(Assert.Single(mail.AttachmentFiles!)));
            tools.Check();
        }
    }

    private Dictionary<string, string?> Smtp(int port) => new()
    {
        ["Storage:DataDirectory"] = _data,
        ["Mail:Smtp:Host"] = "127.0.0.1",
        ["Mail:Smtp:Port"] = port.ToString(CultureInfo.InvariantCulture),
        ["Mail:Smtp:StartTls"] = "false",
        ["Mail:Smtp:Timeout"] = "00:00:05",
    };

    /// <summary>A Werkstatt with two processes and one person, released and built (version 1, one mail queued).</summary>
    private async Task<CycleFixture> ReleasedAsync(Dictionary<string, string?> settings)
    {
        settings["Storage:DataDirectory"] = _data;
        var f = await CycleFixture.CreateAsync(provider, settings);
        _owned.Insert(0, f);
        await f.ToAssignmentAsync(("Hundeanmeldung", 2, [MemberLevel.Kreis, MemberLevel.Stadt], true), ("Gewerbeanmeldung", 1, [MemberLevel.Stadt], false));
        await f.DeclareAsync(f.Net.ManagerOfA, f.Net.StadtA.Id, 2);
        await f.DeclareAsync(f.ManagerOfB, f.Net.StadtB.Id, 1);
        await f.DeclareAsync(f.ManagerOfKreis, f.Kreis.Id, 1);
        var assignment = f.Get<AssignmentService>();
        var board = CycleFixture.Ok(await assignment.SolveAsync(f.Net.Coordinator, f.WerkstattId, 0));
        CycleFixture.Ok(await assignment.ConfirmAsync(f.Net.Coordinator, f.WerkstattId, board.Plan.Version));
        CycleFixture.Ok(await f.Get<PersonService>().CreateAsync(f.Net.Coordinator, f.Net.Network.Id, new PersonInput(f.Net.StadtA.Id, "Jürgen Weiß", "juergen.weiss@stadt-a.example", "Prozessmanager")));
        await f.MoveToAsync(Phase.QualityReview);
        CycleFixture.Ok(await f.Get<DossierService>().ReleaseAsync(f.Net.Coordinator, f.WerkstattId));
        Assert.Equal(1, await f.Get<DossierBuilder>().ProcessPendingAsync("test", CancellationToken.None));
        return f;
    }

    private static async Task ChangeVenueAsync(CycleFixture f)
    {
        var service = f.Get<WerkstattService>();
        var current = CycleFixture.Ok(await service.GetAsync(f.Net.Coordinator, f.WerkstattId)).Werkstatt;
        CycleFixture.Ok(await service.UpdateAsync(f.Net.Coordinator, f.WerkstattId, new UpdateWerkstatt(
            current.Title, ScheduleInput.From(current.Schedule), WorkshopFormat.InPerson, null, "Rathaus Moers, Großer Saal", current.Version)));
    }

    private static async Task<int> DispatchAsync(CycleFixture f)
    {
        await using var scope = f.Net.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchOnceAsync("test");
    }

    private static async Task<Dossier> LatestAsync(CycleFixture f)
    {
        await using var db = f.Net.Database.NewContext();
        return await db.Set<Dossier>().AsNoTracking().OrderByDescending(d => d.Number).FirstAsync();
    }

    private static async Task<List<OutboxMessage>> OutboxAsync(CycleFixture f)
    {
        await using var db = f.Net.Database.NewContext();
        return await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Reason == DossierBuilder.MailReason).ToListAsync();
    }
}

public sealed class SqliteDossierMailAttachmentTests() : DossierMailAttachmentTests(SqliteWerkstattDbContext.Name);

public sealed class PostgresDossierMailAttachmentTests() : DossierMailAttachmentTests(PostgresWerkstattDbContext.Name);
