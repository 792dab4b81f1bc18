using System.IO.Compression;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.WorkshopNotes;
using Werkstatt.Service.Dossiers;
using Werkstatt.Service.Library;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Tests.Bpmn;
using Werkstatt.Service.Tests.Dossiers;
using Werkstatt.Service.Tests.Submissions;
using Werkstatt.Service.Tests.Voting;
using Werkstatt.Service.Werkstaetten;
using Werkstatt.Service.WorkshopNotes;

namespace Werkstatt.Service.Tests.WorkshopNotes;

/// <summary>The workshop's notes and action items after the workshop: in the rebuilt dossier and in the library package.</summary>
public abstract class WorkshopResultsFollowUpTests(string provider) : IAsyncLifetime
{
    private SubmissionWorld _w = null!;

    public async ValueTask InitializeAsync() => _w = await SubmissionWorld.CreateAsync(provider);

    public ValueTask DisposeAsync() => _w.DisposeAsync();

    [Fact]
    public async Task The_dossier_rebuilt_for_the_follow_up_shows_the_workshop_results_and_says_so()
    {
        var a = CycleFixture.Ok(await _w.UploadAsync(_w.ManagerOfA, _w.StadtA.Id, BpmnCorpus.Bytes("camunda-modeler.bpmn")));
        await _w.Cycle.MoveToAsync(Phase.QualityReview);
        CycleFixture.Ok(await _w.Reviews.ApproveAsync(_w.Reviewer, _w.WerkstattId, _w.Process.Id, _w.StadtA.Id, null, a.Version));
        CycleFixture.Ok(await _w.Reviews.ExcuseAsync(_w.Coordinator, _w.WerkstattId, _w.Process.Id, _w.StadtB.Id, "Personalausfall im Bürgerbüro", 0));
        var dossiers = _w.Cycle.Get<DossierService>();
        CycleFixture.Ok(await dossiers.ReleaseAsync(_w.Coordinator, _w.WerkstattId));
        var builder = _w.Cycle.Get<DossierBuilder>();
        Assert.Equal(1, await builder.ProcessPendingAsync("test", CancellationToken.None));

        var schedule = CycleFixture.Ok(await _w.Cycle.Get<WerkstattService>().GetAsync(_w.Coordinator, _w.WerkstattId)).Werkstatt.Schedule;
        _w.Cycle.Net.Clock.SetUtcNow(schedule.Day1Start);
        await _w.Cycle.MoveToAsync(Phase.Workshop);
        await AddResultsAsync();

        // During the workshop the pre-read stays as it was: notes change by the minute.
        Assert.Equal(0, await builder.CheckForChangesAsync(CancellationToken.None));

        _w.Cycle.Net.Clock.SetUtcNow(schedule.LastDayEnd.AddDays(1));
        await _w.Cycle.MoveToAsync(Phase.FollowUp);
        Assert.Equal(1, await builder.ProcessPendingAsync("test", CancellationToken.None));
        var view = CycleFixture.Ok(await dossiers.GetAsync(_w.Coordinator, _w.WerkstattId));
        Assert.Equal(2, view.Versions[0].Number);
        Assert.Contains("Wohnsitz anmelden: Ergebnisse der Werkstatt aufgenommen (3 Notizen, 2 Maßnahmen)", view.Versions[0].Reason, StringComparison.Ordinal);

        var file = CycleFixture.Ok(await dossiers.OpenAsync(_w.ManagerOfA, _w.WerkstattId, null));
        if (PdfTools.Available)
        {
            using var pdf = new PdfTools(file.Content);
            pdf.Check();
            var results = Assert.Single(pdf.Outline(), o => o.Title == "Ergebnisse der Werkstatt");
            var text = string.Join('\n', Enumerable.Range(results.Page, pdf.Pages - results.Page + 1).Select(p => pdf.Text(p)));
            Assert.Contains("Ergebnisse der Werkstatt", text, StringComparison.Ordinal);
            Assert.Contains("Entscheidungen", text, StringComparison.Ordinal);
            Assert.Contains("Online-Bezahlung für alle Gebühren.", text, StringComparison.Ordinal);
            Assert.Contains("Gute Praxis", text, StringComparison.Ordinal);
            Assert.Contains("Terminbuchung im Bürgerportal (Stadt B)", text, StringComparison.Ordinal);
            Assert.Contains("Medienbruch beim Meldeschein", text, StringComparison.Ordinal);
            Assert.Contains("Gebührensatzung prüfen", text, StringComparison.Ordinal);
            Assert.Contains("15.10.2027", text, StringComparison.Ordinal);
            Assert.Contains("Zahlungsanbieter vergleichen", text, StringComparison.Ordinal);
            Assert.Contains("Verantwortlich", text, StringComparison.Ordinal);
            Assert.Matches(@"Stadt A\s+15\.10\.2027\s+offen", text);
        }
    }

    [Fact]
    public async Task The_library_package_lists_the_notes_and_action_items_beside_the_text()
    {
        CycleFixture.Ok(await _w.UploadAsync(_w.ManagerOfA, _w.StadtA.Id, BpmnCorpus.Bytes("camunda-modeler.bpmn")));
        await using (var db = _w.Cycle.Net.Database.NewContext())
        {
            await db.Werkstaetten.Where(w => w.Id == _w.WerkstattId).ExecuteUpdateAsync(s => s.SetProperty(w => w.Phase, Phase.Workshop));
            _w.Cycle.Net.Clock.SetUtcNow((await db.Werkstaetten.SingleAsync(w => w.Id == _w.WerkstattId)).Schedule.Day1Start.AddHours(1));
        }

        await AddResultsAsync();
        var actions = _w.Cycle.Get<ActionItemService>();
        var item = (await actions.AddAsync(_w.Coordinator, _w.WerkstattId, _w.Process.Id, new ActionItemInput("Formular\nvereinfachen", _w.StadtA.Id.Value, new DateOnly(2027, 9, 30)))).Value!;
        CycleFixture.Ok(await actions.MarkDoneAsync(_w.Coordinator, _w.WerkstattId, _w.Process.Id, item.Id, true, item.Version));

        Assert.Equal(1, await _w.Cycle.Get<LibraryPackager>().PackageAsync(_w.WerkstattId, CancellationToken.None));
        var hit = Assert.Single((await _w.Cycle.Get<LibraryService>().SearchAsync(_w.ManagerOfB, _w.Cycle.Net.Network.Id, new LibraryQuery("Wohnsitz"))).Value!);
        var package = CycleFixture.Ok(await _w.Cycle.Get<LibraryDownloads>().EntryPackageAsync(_w.ManagerOfB, hit.Id));
        using var zip = new ZipArchive(new MemoryStream(package.Content));
        using var meta = JsonDocument.Parse(zip.GetEntry(LibraryPackageWriter.MetadataName)!.Open());
        var version = meta.RootElement.GetProperty("entries")[0].GetProperty("versions")[0];

        var notes = version.GetProperty("notes").EnumerateArray().Select(n => (
            n.GetProperty("kind").GetString(), n.GetProperty("text").GetString(),
            n.GetProperty("member").ValueKind == JsonValueKind.Null ? null : $"{n.GetProperty("member").GetProperty("id").GetString()}|{n.GetProperty("member").GetProperty("name").GetString()}")).ToList();
        Assert.Equal(
            [("decision", "Online-Bezahlung für alle Gebühren.", null), ("weakness", "Medienbruch beim Meldeschein", null),
             ("goodPractice", "Terminbuchung im Bürgerportal", $"{_w.StadtB.Id.Value}|Stadt B")],
            notes);
        var items = version.GetProperty("actionItems").EnumerateArray().Select(a => (
            a.GetProperty("text").GetString(), a.GetProperty("owner").GetProperty("id").GetGuid(), a.GetProperty("owner").GetProperty("name").GetString(),
            a.GetProperty("due").GetString(), a.GetProperty("status").GetString())).ToList();
        Assert.Equal(
            [("Formular\nvereinfachen", _w.StadtA.Id.Value, "Stadt A", "2027-09-30", "done"), ("Gebührensatzung prüfen", _w.StadtA.Id.Value, "Stadt A", "2027-10-15", "open"),
             ("Zahlungsanbieter vergleichen", _w.StadtB.Id.Value, "Stadt B", "2027-11-01", "open")],
            items);
        Assert.Contains("Maßnahme (Stadt A, bis 15.10.2027, offen): Gebührensatzung prüfen", version.GetProperty("workshopNotes").GetString(), StringComparison.Ordinal);
    }

    private async Task AddResultsAsync()
    {
        var notes = _w.Cycle.Get<WorkshopNotesService>();
        var actions = _w.Cycle.Get<ActionItemService>();
        CycleFixture.Ok(await notes.AddAsync(_w.Coordinator, _w.WerkstattId, _w.Process.Id, new NoteInput(NoteKind.Decision, "Online-Bezahlung für alle Gebühren.", null)));
        CycleFixture.Ok(await notes.AddAsync(_w.Coordinator, _w.WerkstattId, _w.Process.Id, new NoteInput(NoteKind.Weakness, "Medienbruch beim Meldeschein", null)));
        CycleFixture.Ok(await notes.AddAsync(_w.Coordinator, _w.WerkstattId, _w.Process.Id, new NoteInput(NoteKind.GoodPractice, "Terminbuchung im Bürgerportal", _w.StadtB.Id.Value)));
        CycleFixture.Ok(await actions.AddAsync(_w.Coordinator, _w.WerkstattId, _w.Process.Id, new ActionItemInput("Gebührensatzung prüfen", _w.StadtA.Id.Value, new DateOnly(2027, 10, 15))));
        CycleFixture.Ok(await actions.AddAsync(_w.Coordinator, _w.WerkstattId, _w.Process.Id, new ActionItemInput("Zahlungsanbieter vergleichen", _w.StadtB.Id.Value, new DateOnly(2027, 11, 1))));
    }
}

public sealed class SqliteWorkshopResultsFollowUpTests() : WorkshopResultsFollowUpTests(SqliteWerkstattDbContext.Name);

public sealed class PostgresWorkshopResultsFollowUpTests() : WorkshopResultsFollowUpTests(PostgresWerkstattDbContext.Name);
