using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;
using Werkstatt.Service.Dossiers;
using Werkstatt.Service.Networks;
using Werkstatt.Service.Notifications;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Staffing;
using Werkstatt.Service.Tests.Voting;
using Werkstatt.Service.Werkstaetten;

namespace Werkstatt.Service.Tests.Dossiers;

public abstract class DossierFlowTests(string provider) : IAsyncLifetime
{
    private CycleFixture _f = null!;

    public async ValueTask InitializeAsync()
    {
        _f = await CycleFixture.CreateAsync(provider);
        var processes = await _f.ToAssignmentAsync(
            ("Hundeanmeldung", 2, [MemberLevel.Kreis, MemberLevel.Stadt], true),
            ("Gewerbeanmeldung", 1, [MemberLevel.Stadt], false));
        await _f.DeclareAsync(_f.Net.ManagerOfA, _f.Net.StadtA.Id, 2);
        await _f.DeclareAsync(_f.ManagerOfB, _f.Net.StadtB.Id, 1);
        await _f.DeclareAsync(_f.ManagerOfKreis, _f.Kreis.Id, 1);
        var assignment = _f.Get<AssignmentService>();
        var board = CycleFixture.Ok(await assignment.SolveAsync(_f.Net.Coordinator, _f.WerkstattId, 0));
        CycleFixture.Ok(await assignment.ConfirmAsync(_f.Net.Coordinator, _f.WerkstattId, board.Plan.Version));
        CycleFixture.Ok(await _f.Get<PersonService>().CreateAsync(_f.Net.Coordinator, _f.Net.Network.Id, new PersonInput(_f.Net.StadtA.Id, "Jürgen Weiß", "juergen.weiss@stadt-a.example", "Prozessmanager")));
        Assert.Equal(2, processes.Count);
    }

    public async ValueTask DisposeAsync()
    {
        var directory = _f.Get<DossierFiles>().FullPath($"dossiers/{_f.WerkstattId.Value:N}");
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        await _f.DisposeAsync();
    }

    [Fact]
    public async Task Release_builds_the_dossier_in_the_job_and_queues_the_mail_and_a_later_change_makes_version_two()
    {
        var dossiers = _f.Get<DossierService>();
        Assert.Equal("PreReadIsReleasedFromTheQualityReviewOn", (await dossiers.ReleaseAsync(_f.Net.Coordinator, _f.WerkstattId)).Error?.Code);
        await _f.MoveToAsync(Phase.QualityReview);
        Assert.Equal(ErrorKind.Forbidden, (await dossiers.ReleaseAsync(_f.Net.ManagerOfA, _f.WerkstattId)).Error?.Kind);

        var released = CycleFixture.Ok(await dossiers.ReleaseAsync(_f.Net.Coordinator, _f.WerkstattId));
        Assert.True(released.Released);
        Assert.True(released.BuildPending);
        Assert.Empty(released.Versions);
        Assert.Equal("PreReadIsReleasedOnce", (await dossiers.ReleaseAsync(_f.Net.Coordinator, _f.WerkstattId)).Error?.Code);

        // The job's work: build what was requested.
        Assert.Equal(1, await _f.Get<DossierBuilder>().ProcessPendingAsync("test", CancellationToken.None));
        var view = CycleFixture.Ok(await dossiers.GetAsync(_f.Net.ManagerOfA, _f.WerkstattId));
        Assert.False(view.BuildPending);
        var first = Assert.Single(view.Versions);
        Assert.Equal(1, first.Number);
        var file = CycleFixture.Ok(await dossiers.OpenAsync(_f.Net.ManagerOfA, _f.WerkstattId, null));
        Assert.Equal(first.SizeBytes, file.Content.LongLength);
        if (PdfTools.Available)
        {
            using var pdf = new PdfTools(file.Content);
            pdf.Check();
            var text = pdf.Text();
            Assert.Contains("Prozess 1: Hundeanmeldung", text, StringComparison.Ordinal);
            Assert.Contains("Prozess 2: Gewerbeanmeldung", text, StringComparison.Ordinal);
            Assert.Contains("Modellierende Verwaltungen: Kreis K, Stadt A", text, StringComparison.Ordinal);
            Assert.Equal(["Prozess 1: Hundeanmeldung", "Prozess 2: Gewerbeanmeldung"], pdf.Outline().Where(o => o.Depth == 0 && o.Title.StartsWith("Prozess", StringComparison.Ordinal)).Select(o => o.Title));
            Assert.Equal(pdf.Pages, pdf.Render(dpi: 10).Count);
        }

        var mails = await MailsAsync();
        var mail = Assert.Single(mails);
        Assert.Equal("juergen.weiss@stadt-a.example", mail.ToAddress);
        Assert.Equal("Vorabunterlagen: Werkstatt Test", mail.Subject);
        Assert.EndsWith($"/Werkstaetten/{_f.WerkstattId}/Vorabunterlagen", mail.Link, StringComparison.Ordinal);
        Assert.Contains(mail.Link!, mail.TextBody, StringComparison.Ordinal);

        // Nothing changed: nothing to do. Then the place changes: version 2, and the mail says what changed.
        var builder = _f.Get<DossierBuilder>();
        Assert.Equal(0, await builder.CheckForChangesAsync(CancellationToken.None));
        var current = CycleFixture.Ok(await _f.Get<WerkstattService>().GetAsync(_f.Net.Coordinator, _f.WerkstattId)).Werkstatt;
        CycleFixture.Ok(await _f.Get<WerkstattService>().UpdateAsync(_f.Net.Coordinator, _f.WerkstattId, new UpdateWerkstatt(
            current.Title, ScheduleInput.From(current.Schedule), WorkshopFormat.InPerson, null, "Rathaus Moers, Großer Saal", current.Version)));
        Assert.Equal(1, await builder.CheckForChangesAsync(CancellationToken.None));
        Assert.Equal(0, await builder.CheckForChangesAsync(CancellationToken.None));
        Assert.Equal(1, await builder.ProcessPendingAsync("test", CancellationToken.None));

        var coordinatorView = CycleFixture.Ok(await dossiers.GetAsync(_f.Net.Coordinator, _f.WerkstattId));
        Assert.Equal([2, 1], coordinatorView.Versions.Select(v => v.Number));
        Assert.Contains("Ort geändert: Vor Ort: Rathaus Moers, Großer Saal", coordinatorView.Versions[0].Reason, StringComparison.Ordinal);
        Assert.Equal([2], CycleFixture.Ok(await dossiers.GetAsync(_f.Net.ManagerOfA, _f.WerkstattId)).Versions.Select(v => v.Number));
        Assert.Equal(ErrorKind.Forbidden, (await dossiers.OpenAsync(_f.Net.ManagerOfA, _f.WerkstattId, 1)).Error?.Kind);
        Assert.True((await dossiers.OpenAsync(_f.Net.Coordinator, _f.WerkstattId, 1)).IsSuccess);
        Assert.Equal(ErrorKind.Forbidden, (await dossiers.OpenAsync(Werkstatt.Service.Tests.Networks.NetworkFixture.Outsider, _f.WerkstattId, null)).Error?.Kind);

        var update = Assert.Single(await MailsAsync(), m => m.Subject.Contains("Version 2", StringComparison.Ordinal));
        Assert.Contains("Ort geändert: Vor Ort: Rathaus Moers, Großer Saal", update.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_personal_dossier_holds_only_the_processes_the_person_registered_for()
    {
        await _f.MoveToAsync(Phase.QualityReview);
        var dossiers = _f.Get<DossierService>();
        CycleFixture.Ok(await dossiers.ReleaseAsync(_f.Net.Coordinator, _f.WerkstattId));
        await _f.Get<DossierBuilder>().ProcessPendingAsync("test", CancellationToken.None);
        var person = CycleFixture.Ok(await _f.Get<PersonService>().ListAsync(_f.Net.Coordinator, _f.Net.Network.Id)).Single();

        // No participant source yet: nobody is registered, so the personal dossier has no process chapter.
        var file = CycleFixture.Ok(await dossiers.PersonalAsync(_f.Net.ManagerOfA, _f.WerkstattId, person.Id));
        Assert.Equal(ErrorKind.NotFound, (await dossiers.PersonalAsync(_f.Net.ManagerOfA, _f.WerkstattId, PersonId.New())).Error?.Kind);
        if (PdfTools.Available)
        {
            using var pdf = new PdfTools(file.Content);
            pdf.Check();
            var text = pdf.Text();
            Assert.Contains("Persönliche Ausgabe für Jürgen Weiß", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Prozess 1:", text, StringComparison.Ordinal);
        }
    }

    private async Task<List<OutboxMessage>> MailsAsync()
    {
        await using var db = _f.Net.Database.NewContext();
        return await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Reason == DossierBuilder.MailReason).ToListAsync();
    }
}

public sealed class SqliteDossierFlowTests() : DossierFlowTests(SqliteWerkstattDbContext.Name);

public sealed class PostgresDossierFlowTests() : DossierFlowTests(PostgresWerkstattDbContext.Name);
