using System.IO.Compression;
using System.Text.Json;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Review;
using Werkstatt.Domain.ToBe;
using Werkstatt.Service.Bpmn.Import;
using Werkstatt.Service.Dossiers;
using Werkstatt.Service.Library;
using Werkstatt.Service.Library.Sources;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Tests.Bpmn;
using Werkstatt.Service.Tests.Dossiers;
using Werkstatt.Service.Tests.Submissions;
using Werkstatt.Service.Tests.Voting;
using Werkstatt.Service.ToBe;
using Werkstatt.Service.Werkstaetten;

namespace Werkstatt.Service.Tests.ToBe;

/// <summary>The Werkstatt's to-be model after the workshop: in the library package (round trip) and in the rebuilt dossier.</summary>
public abstract class ToBeFollowUpTests(string provider) : IAsyncLifetime
{
    private static readonly byte[] FirstDraft = BpmnCorpus.Bytes("camunda-modeler.bpmn");
    private static readonly byte[] Final = BpmnCorpus.Bytes("signavio.bpmn");

    private SubmissionWorld _w = null!;

    private ToBeService ToBe => _w.Cycle.Get<ToBeService>();

    public async ValueTask InitializeAsync() => _w = await SubmissionWorld.CreateAsync(provider);

    public ValueTask DisposeAsync() => _w.DisposeAsync();

    [Fact]
    public async Task The_latest_saved_to_be_version_is_packaged_beside_the_as_is_models_and_reads_back_identically()
    {
        CycleFixture.Ok(await _w.UploadAsync(_w.ManagerOfA, _w.StadtA.Id, FirstDraft));
        await SaveTwoVersionsAsync();

        var source = await _w.Cycle.Get<ILibrarySource>().ForWerkstattAsync(_w.WerkstattId, CancellationToken.None);
        var process = source!.Processes.Single(p => p.Id == _w.Process.Id);
        Assert.Equal(2, process.WerkstattToBe!.Version);
        Assert.Equal(Final, process.WerkstattToBe.Content);

        Assert.Equal(1, await _w.Cycle.Get<LibraryPackager>().PackageAsync(_w.WerkstattId, CancellationToken.None));
        var hit = Assert.Single((await _w.Cycle.Get<LibraryService>().SearchAsync(_w.ManagerOfB, _w.Cycle.Net.Network.Id, new LibraryQuery("Finanzamt informieren"))).Value!);
        var entry = CycleFixture.Ok(await _w.Cycle.Get<LibraryService>().GetAsync(_w.ManagerOfB, hit.Id));
        var joint = Assert.Single(entry.Latest.Models, m => m.IsWerkstattToBe);
        Assert.Equal((null, ModelKind.ToBe, 2, "soll-v2.bpmn"), (joint.MemberId, joint.Kind, joint.ToBeVersion, joint.FileName));
        Assert.Contains(entry.Latest.Models, m => m.MemberId == _w.StadtA.Id.Value && m.Kind == ModelKind.AsIs);

        var single = CycleFixture.Ok(await _w.Cycle.Get<LibraryDownloads>().FileAsync(_w.ManagerOfB, hit.Id, joint.Sha256));
        Assert.Equal(Final, single.Content);
        var drawing = CycleFixture.Ok(await _w.Cycle.Get<LibraryDownloads>().DrawingAsync(_w.ManagerOfB, hit.Id, joint.Sha256));
        Assert.Contains("Finanzamt", drawing.Svg, StringComparison.Ordinal);

        var package = CycleFixture.Ok(await _w.Cycle.Get<LibraryDownloads>().EntryPackageAsync(_w.ManagerOfB, hit.Id));
        using var zip = new ZipArchive(new MemoryStream(package.Content));
        using var meta = JsonDocument.Parse(zip.GetEntry(LibraryPackageWriter.MetadataName)!.Open());
        var models = meta.RootElement.GetProperty("entries")[0].GetProperty("versions")[0].GetProperty("models").EnumerateArray().ToList();
        var werkstattModel = Assert.Single(models, m => m.GetProperty("origin").GetString() == "werkstatt");
        Assert.Equal("toBe", werkstattModel.GetProperty("kind").GetString());
        Assert.Equal(2, werkstattModel.GetProperty("toBeVersion").GetInt32());
        Assert.Equal(JsonValueKind.Null, werkstattModel.GetProperty("member").GetProperty("id").ValueKind);
        Assert.EndsWith("/werkstatt-soll.bpmn", werkstattModel.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.All(models.Where(m => m.GetProperty("origin").GetString() != "werkstatt"), m => Assert.Equal("member", m.GetProperty("origin").GetString()));

        using var stream = zip.GetEntry(werkstattModel.GetProperty("file").GetString()!)!.Open();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        var back = BpmnImporter.Import(copy.ToArray()).Model!;
        var expected = BpmnImporter.Import(Final).Model!;
        Assert.Equal(expected.Elements.Select(e => (e.Id, e.Name, e.Kind)), back.Elements.Select(e => (e.Id, e.Name, e.Kind)));
        Assert.Equal(expected.Diagrams.Sum(d => d.Shapes.Count), back.Diagrams.Sum(d => d.Shapes.Count));
        Assert.Equal(werkstattModel.GetProperty("sha256").GetString(), LibraryBpmn.Sha256(copy.ToArray()));
    }

    [Fact]
    public async Task After_the_workshop_the_rebuilt_dossier_draws_the_to_be_model_and_says_so()
    {
        var a = CycleFixture.Ok(await _w.UploadAsync(_w.ManagerOfA, _w.StadtA.Id, FirstDraft));
        await _w.Cycle.MoveToAsync(Phase.QualityReview);
        CycleFixture.Ok(await _w.Reviews.ApproveAsync(_w.Reviewer, _w.WerkstattId, _w.Process.Id, _w.StadtA.Id, null, a.Version));
        CycleFixture.Ok(await _w.Reviews.ExcuseAsync(_w.Coordinator, _w.WerkstattId, _w.Process.Id, _w.StadtB.Id, "Personalausfall im Bürgerbüro", 0));
        var dossiers = _w.Cycle.Get<DossierService>();
        CycleFixture.Ok(await dossiers.ReleaseAsync(_w.Coordinator, _w.WerkstattId));
        var builder = _w.Cycle.Get<DossierBuilder>();
        Assert.Equal(1, await builder.ProcessPendingAsync("test", CancellationToken.None));
        await SaveTwoVersionsAsync();

        // The pre-read stays the pre-read while the workshop draws: saving to-be versions builds nothing.
        Assert.Equal(0, await builder.CheckForChangesAsync(CancellationToken.None));

        var schedule = CycleFixture.Ok(await _w.Cycle.Get<WerkstattService>().GetAsync(_w.Coordinator, _w.WerkstattId)).Werkstatt.Schedule;
        _w.Cycle.Net.Clock.SetUtcNow(schedule.Day1Start);
        await _w.Cycle.MoveToAsync(Phase.Workshop);
        _w.Cycle.Net.Clock.SetUtcNow(schedule.LastDayEnd.AddDays(1));
        await _w.Cycle.MoveToAsync(Phase.FollowUp);

        Assert.Equal(1, await builder.ProcessPendingAsync("test", CancellationToken.None));
        var view = CycleFixture.Ok(await dossiers.GetAsync(_w.Coordinator, _w.WerkstattId));
        Assert.Equal(2, view.Versions[0].Number);
        Assert.Contains("Wohnsitz anmelden: SOLL-Modell der Werkstatt aufgenommen (Version 2)", view.Versions[0].Reason, StringComparison.Ordinal);
        Assert.Equal(0, await builder.ProcessPendingAsync("test", CancellationToken.None));

        var file = CycleFixture.Ok(await dossiers.OpenAsync(_w.ManagerOfA, _w.WerkstattId, null));
        if (PdfTools.Available)
        {
            using var pdf = new PdfTools(file.Content);
            pdf.Check();
            var outline = pdf.Outline();
            var toBe = Assert.Single(outline, o => o.Title == "SOLL-Modell der Werkstatt");
            Assert.Equal(1, toBe.Depth);
            var page = pdf.Text(toBe.Page);
            Assert.Contains("SOLL-Modell der Werkstatt (Version 2 vom", page, StringComparison.Ordinal);
            Assert.Contains("Finanzamt", page, StringComparison.Ordinal); // a task label as real text: drawn as vectors, not an image
            Assert.True(pdf.PageWidth(toBe.Page) > pdf.PageHeight(toBe.Page));
            Assert.Equal(pdf.Pages, pdf.Render(dpi: 10).Count);
        }
    }

    private async Task SaveTwoVersionsAsync()
    {
        var first = CycleFixture.Ok(await ToBe.SaveAsync(_w.Reviewer, _w.WerkstattId, _w.Process.Id, FirstDraft, ToBeBasis.Upload, null, null, 0));
        CycleFixture.Ok(await ToBe.SaveAsync(_w.Coordinator, _w.WerkstattId, _w.Process.Id, Final, ToBeBasis.PreviousVersion, null, 1, first.Version));
    }
}

public sealed class SqliteToBeFollowUpTests() : ToBeFollowUpTests(SqliteWerkstattDbContext.Name);

public sealed class PostgresToBeFollowUpTests() : ToBeFollowUpTests(PostgresWerkstattDbContext.Name);
