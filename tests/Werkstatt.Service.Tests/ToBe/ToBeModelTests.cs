using System.Text;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.ToBe;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Tests.Bpmn;
using Werkstatt.Service.Tests.Submissions;
using Werkstatt.Service.Tests.Voting;
using Werkstatt.Service.ToBe;

namespace Werkstatt.Service.Tests.ToBe;

public abstract class ToBeModelTests(string provider) : IAsyncLifetime
{
    private SubmissionWorld _w = null!;

    private ToBeService ToBe => _w.Cycle.Get<ToBeService>();

    private ToBeLiveService Live => _w.Cycle.Get<ToBeLiveService>();

    private Actor Expert => new("e", "Fachexpertin Stadt A", _w.Cycle.Net.Network.Id, _w.StadtA.Id, new HashSet<Role> { Role.Expert });

    public async ValueTask InitializeAsync() => _w = await SubmissionWorld.CreateAsync(provider);

    public async ValueTask DisposeAsync() => await _w.DisposeAsync();

    [Fact]
    public async Task Every_save_is_a_new_version_with_its_basis_findings_and_unchanged_bytes()
    {
        CycleFixture.Ok(await _w.UploadAsync(_w.ManagerOfA, _w.StadtA.Id, BpmnCorpus.Bytes("camunda-modeler.bpmn")));
        var start = CycleFixture.Ok(await _w.Cycle.Get<ToBeAccess>().AsIsAsync(_w.Reviewer, _w.WerkstattId, _w.Process.Id, _w.StadtA.Id, CancellationToken.None));
        var first = CycleFixture.Ok(await ToBe.SaveAsync(_w.Reviewer, _w.WerkstattId, _w.Process.Id, start, ToBeBasis.AsIsOfMember, _w.StadtA.Id, null, 0));
        var second = CycleFixture.Ok(await ToBe.SaveAsync(_w.Coordinator, _w.WerkstattId, _w.Process.Id, BpmnCorpus.Bytes("signavio.bpmn"), ToBeBasis.PreviousVersion, null, 1, first.Version));

        var view = CycleFixture.Ok(await ToBe.GetAsync(Expert, _w.WerkstattId, _w.Process.Id));
        Assert.Equal([1, 2], view.Model.Versions.Select(v => v.Number));
        Assert.Equal(ToBeBasis.AsIsOfMember, view.Model.Versions[0].Basis);
        Assert.Equal(_w.StadtA.Id, view.Model.Versions[0].BasedOnMember);
        Assert.Equal(1, view.Model.Versions[1].BasedOnVersion);
        Assert.Equal("Beraterin QS", view.Model.Versions[0].SavedBy);
        Assert.Equal(second.Findings.Count, view.Latest!.Findings.Count);
        Assert.Equal(second.Findings.Count, view.Model.Versions[1].Findings);
        Assert.Equal(start, CycleFixture.Ok(await ToBe.XmlAsync(Expert, _w.WerkstattId, _w.Process.Id, 1)));
        Assert.Equal(new ToBeRights(false, true), view.Rights);
        Assert.Single(view.Sources);
    }

    [Fact]
    public async Task Only_facilitators_edit_and_a_stale_version_or_hostile_file_changes_nothing()
    {
        var bytes = BpmnCorpus.Bytes("camunda-modeler.bpmn");
        Assert.Equal(ErrorKind.Forbidden, (await ToBe.SaveAsync(_w.ManagerOfA, _w.WerkstattId, _w.Process.Id, bytes, ToBeBasis.Upload, null, null, 0)).Error?.Kind);
        Assert.Equal(ErrorKind.Forbidden, (await Live.ChangeAsync(Expert, _w.WerkstattId, _w.Process.Id, Encoding.UTF8.GetString(bytes))).Error?.Kind);
        var foreign = new Actor("x", "Fremd", new NetworkId(Guid.NewGuid()), null, new HashSet<Role> { Role.Coordinator });
        Assert.Equal(ErrorKind.Forbidden, (await ToBe.GetAsync(foreign, _w.WerkstattId, _w.Process.Id)).Error?.Kind);

        var hostile = await ToBe.SaveAsync(_w.Coordinator, _w.WerkstattId, _w.Process.Id, BpmnCorpus.Bytes("xxe.bpmn"), ToBeBasis.Upload, null, null, 0);
        Assert.Equal(ErrorKind.Validation, hostile.Error?.Kind);
        Assert.Equal(BpmnCorpus.Import("xxe.bpmn").Refusal!.Message, hostile.Error!.Message);
        Assert.Equal(ErrorKind.Validation, (await Live.ChangeAsync(_w.Coordinator, _w.WerkstattId, _w.Process.Id, "<x/>")).Error?.Kind);

        var saved = CycleFixture.Ok(await ToBe.SaveAsync(_w.Coordinator, _w.WerkstattId, _w.Process.Id, bytes, ToBeBasis.Upload, null, null, 0));
        var stale = await ToBe.SaveAsync(_w.Reviewer, _w.WerkstattId, _w.Process.Id, bytes, ToBeBasis.Upload, null, null, saved.Version - 1);
        Assert.Equal(ErrorKind.Concurrency, stale.Error?.Kind);
        var missingBasis = await ToBe.SaveAsync(_w.Reviewer, _w.WerkstattId, _w.Process.Id, bytes, ToBeBasis.PreviousVersion, null, 7, saved.Version);
        Assert.Equal("ToBeVersionsBuildOnExistingVersions", missingBasis.Error?.Code);
        Assert.Single(CycleFixture.Ok(await ToBe.GetAsync(_w.Coordinator, _w.WerkstattId, _w.Process.Id)).Model.Versions);
    }

    [Fact]
    public async Task Participants_comment_on_elements_and_the_live_draft_keeps_the_latest_change_with_a_rising_revision()
    {
        var comment = CycleFixture.Ok(await ToBe.CommentAsync(Expert, _w.WerkstattId, _w.Process.Id, "Task_1", "Hier fehlt die Online-Bezahlung."));
        CycleFixture.Ok(await ToBe.CommentAsync(_w.ManagerOfB, _w.WerkstattId, _w.Process.Id, null, "Gute Praxis bei Stadt B"));
        Assert.Equal(ErrorKind.Validation, (await ToBe.CommentAsync(Expert, _w.WerkstattId, _w.Process.Id, "Task_1", "  ")).Error?.Kind);
        Assert.Equal(1, comment.Number);

        Assert.Null(CycleFixture.Ok(await Live.DraftAsync(Expert, _w.WerkstattId, _w.Process.Id)));
        var xml = Encoding.UTF8.GetString(BpmnCorpus.Bytes("camunda-modeler.bpmn"));
        var one = CycleFixture.Ok(await Live.ChangeAsync(_w.Reviewer, _w.WerkstattId, _w.Process.Id, xml));
        var two = CycleFixture.Ok(await Live.ChangeAsync(_w.Coordinator, _w.WerkstattId, _w.Process.Id, xml.Replace("</bpmn:definitions>", "<!-- zwei --></bpmn:definitions>", StringComparison.Ordinal)));

        var draft = CycleFixture.Ok(await Live.DraftAsync(Expert, _w.WerkstattId, _w.Process.Id))!;
        Assert.Equal(one.Revision + 1, two.Revision);
        Assert.Equal(two.Revision, draft.Revision);
        Assert.Contains("<!-- zwei -->", draft.Xml, StringComparison.Ordinal);
        var view = CycleFixture.Ok(await ToBe.GetAsync(Expert, _w.WerkstattId, _w.Process.Id));
        Assert.Equal(["Task_1", null], view.Model.Comments.Select(c => c.ElementId));
        Assert.Equal(draft.Revision, view.DraftRevision);
    }
}

public sealed class SqliteToBeModelTests() : ToBeModelTests(SqliteWerkstattDbContext.Name);

public sealed class PostgresToBeModelTests() : ToBeModelTests(PostgresWerkstattDbContext.Name);
