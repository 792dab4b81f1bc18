using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Review;
using Werkstatt.Service.Bpmn.Model;
using Werkstatt.Service.Common;
using Werkstatt.Service.Demo;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Submissions;
using Werkstatt.Service.Tests.Bpmn;
using Werkstatt.Service.Tests.Voting;
using Werkstatt.Service.Werkstaetten;

namespace Werkstatt.Service.Tests.Submissions;

public abstract class SubmissionFlowTests(string provider) : IAsyncLifetime
{
    private SubmissionWorld _w = null!;

    public async ValueTask InitializeAsync() => _w = await SubmissionWorld.CreateAsync(provider);

    public async ValueTask DisposeAsync() => await _w.DisposeAsync();

    [Fact]
    public async Task Each_upload_is_a_new_version_and_the_stored_bytes_come_back_unchanged()
    {
        var camunda = BpmnCorpus.Bytes("camunda-modeler.bpmn");
        var first = CycleFixture.Ok(await _w.UploadAsync(_w.ManagerOfA, _w.StadtA.Id, camunda, "C:\\Modelle\\camunda.bpmn"));
        Assert.Equal(ReviewState.Submitted, first.State);
        var second = CycleFixture.Ok(await _w.UploadAsync(_w.ManagerOfA, _w.StadtA.Id, BpmnCorpus.Bytes("signavio.bpmn"), "signavio.bpmn"));

        Assert.Equal([1, 2], second.Submission!.Versions.Select(v => v.Number));
        var v1 = second.Submission.Versions[0];
        Assert.Equal("camunda.bpmn", v1.FileName);
        Assert.Equal(camunda.Length, v1.Size);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(camunda)), v1.Sha256);
        Assert.True(v1.Elements > 5);
        var download = CycleFixture.Ok(await _w.Submissions.DownloadAsync(_w.Reviewer, _w.WerkstattId, _w.Process.Id, _w.StadtA.Id, 1));
        Assert.Equal(camunda, download.Content);
        Assert.Equal(2, second.Model!.Version.Number);
        Assert.NotEmpty(second.Model.Model.Elements);
    }

    [Fact]
    public async Task Hostile_or_broken_files_are_refused_in_German_and_nothing_is_stored()
    {
        foreach (var name in new[] { "xxe.bpmn", "billion-laughs.bpmn", "not-xml.pdf", "truncated.bpmn", "other-kind.svg" })
        {
            var result = await _w.UploadAsync(_w.ManagerOfA, _w.StadtA.Id, BpmnCorpus.Bytes(name), name, 0);

            Assert.Equal(ErrorKind.Validation, result.Error?.Kind);
            Assert.Equal("File", result.Error!.Field);
            Assert.Equal(BpmnCorpus.Import(name).Refusal!.Message, result.Error.Message);
        }

        await using var scope = _w.Cycle.Net.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
        Assert.Equal(0, await db.Set<Submission>().CountAsync());
        Assert.Equal(0, await db.Set<SubmissionFile>().CountAsync());
    }

    [Fact]
    public async Task A_profile_with_a_bad_LeiKa_key_is_refused_per_field_and_a_good_one_adds_a_revision()
    {
        var bad = new ProfileInput("", "9911500500", null, null, null, null, -1, null, null, null, null, null);
        var refused = await _w.Submissions.SaveProfileAsync(_w.ManagerOfA, _w.WerkstattId, _w.Process.Id, _w.StadtA.Id, bad, 0);

        Assert.Equal(ErrorKind.Validation, refused.Error?.Kind);
        var fields = refused.Error!.FieldMessages.ToDictionary(p => p.Key, p => p.Value);
        Assert.Contains("14 Ziffern", fields["LeikaKey"], StringComparison.Ordinal);
        Assert.Contains("Name", fields.Keys);
        Assert.Contains("CaseVolumePerYear", fields.Keys);

        var good = new ProfileInput(
            "Wohnsitz anmelden", "99115005000000", "Umzug", "Meldebestätigung", "Bürgerbüro\r\nBürgerin", "OK.EWO", 4200, "15 Minuten",
            "Meldeschein auf Papier", DigitisationDegree.Partly, "§ 17 BMG", null);
        var saved = CycleFixture.Ok(await _w.Submissions.SaveProfileAsync(_w.ManagerOfA, _w.WerkstattId, _w.Process.Id, _w.StadtA.Id, good, 0));
        saved = CycleFixture.Ok(await _w.Submissions.SaveProfileAsync(_w.ManagerOfA, _w.WerkstattId, _w.Process.Id, _w.StadtA.Id, good with { CaseVolumePerYear = 5000 }, saved.Version));

        Assert.Equal(ReviewState.Draft, saved.State);
        Assert.Equal([1, 2], saved.Submission!.Profiles.Select(p => p.Number));
        Assert.Equal(4200, saved.Submission.Profiles[0].Profile.CaseVolumePerYear);
        Assert.Equal("Bürgerbüro\nBürgerin", saved.Submission.Profile!.Roles);
    }

    [Fact]
    public async Task Rework_then_a_new_upload_then_approval_keeps_the_history_and_shows_what_changed()
    {
        var uploaded = CycleFixture.Ok(await _w.UploadAsync(_w.ManagerOfA, _w.StadtA.Id, DemoModels.Read(DemoModels.WohnsitzV1), "wohnsitz.bpmn"));
        var started = CycleFixture.Ok(await _w.Reviews.StartAsync(_w.Reviewer, _w.WerkstattId, _w.Process.Id, _w.StadtA.Id, uploaded.Version));
        var deadline = _w.Cycle.Net.Clock.GetUtcNow().AddDays(7);
        var noComment = await _w.Reviews.RequestReworkAsync(_w.Reviewer, _w.WerkstattId, _w.Process.Id, _w.StadtA.Id, [], deadline, started.Version);
        Assert.Equal("ReworkNeedsAComment", noComment.Error?.Code);

        var rework = CycleFixture.Ok(await _w.Reviews.RequestReworkAsync(
            _w.Reviewer, _w.WerkstattId, _w.Process.Id, _w.StadtA.Id,
            [new ReworkRequest("Bitte den Online-Antrag statt der Terminbuchung zeigen.", "Termin"), new ReworkRequest("Gebühr fehlt.", null)], deadline, started.Version));
        Assert.Equal(ReviewState.ReworkRequested, rework.State);
        Assert.Equal(deadline, rework.Submission!.ReworkDeadline);
        Assert.Equal("Termin", rework.Submission.OpenComments[0].ElementId);

        var again = CycleFixture.Ok(await _w.UploadAsync(_w.ManagerOfA, _w.StadtA.Id, DemoModels.Read(DemoModels.WohnsitzV2), "wohnsitz-v2.bpmn"));
        Assert.Equal(ReviewState.Resubmitted, again.State);
        Assert.Null(again.Submission!.ReworkDeadline);
        var diff = again.Diff!;
        Assert.Equal((1, 2), (diff.From, diff.To));
        Assert.Equal("Anmeldung online ausfüllen", Assert.Single(diff.Changes.Added).Name);
        Assert.Equal("Termin buchen", Assert.Single(diff.Changes.Removed).Name);
        var renamed = Assert.Single(diff.Changes.Changed, c => c.Renamed);
        Assert.Equal(("Meldebestätigung drucken", "Meldebestätigung elektronisch versenden"), (renamed.Before.Name, renamed.After.Name));
        var retyped = Assert.Single(diff.Changes.Changed, c => c.KindChanged);
        Assert.Equal(("Daten im Melderegister erfassen", BpmnElementKind.ServiceTask), (retyped.After.Name, retyped.After.Kind));

        var approved = CycleFixture.Ok(await _w.Reviews.ApproveAsync(_w.Reviewer, _w.WerkstattId, _w.Process.Id, _w.StadtA.Id, "Sauber modelliert.", again.Version));
        Assert.Equal(ReviewState.Approved, approved.State);
        Assert.Equal(
            [ReviewState.Submitted, ReviewState.InReview, ReviewState.ReworkRequested, ReviewState.Resubmitted, ReviewState.Approved],
            approved.Submission!.History.Select(h => h.To));
        var late = await _w.UploadAsync(_w.ManagerOfA, _w.StadtA.Id, DemoModels.Read(DemoModels.WohnsitzV1));
        Assert.Equal("DecidedSubmissionsAreNotChanged", late.Error?.Code);
    }

    [Fact]
    public async Task The_quality_review_ends_only_when_every_submission_is_approved_or_excused()
    {
        var a = CycleFixture.Ok(await _w.UploadAsync(_w.ManagerOfA, _w.StadtA.Id, DemoModels.Read(DemoModels.WohnsitzV1)));
        await _w.Cycle.MoveToAsync(Phase.QualityReview);
        var werkstaetten = _w.Cycle.Get<WerkstattService>();
        var view = CycleFixture.Ok(await werkstaetten.GetAsync(_w.Coordinator, _w.WerkstattId));
        Assert.Contains(view.NextPhaseBlockers, b => b.Contains("2 Einreichungen", StringComparison.Ordinal));
        var blocked = await werkstaetten.MoveAsync(_w.Coordinator, _w.WerkstattId, Phase.PreRead, view.Werkstatt.Version);
        Assert.Equal("QualityReviewMustBeCompleteBeforeThePreRead", blocked.Error?.Code);

        CycleFixture.Ok(await _w.Reviews.ApproveAsync(_w.Reviewer, _w.WerkstattId, _w.Process.Id, _w.StadtA.Id, null, a.Version));
        var byManager = await _w.Reviews.ExcuseAsync(_w.ManagerOfB, _w.WerkstattId, _w.Process.Id, _w.StadtB.Id, "krank", 0);
        Assert.Equal(ErrorKind.Forbidden, byManager.Error?.Kind);
        var noReason = await _w.Reviews.ExcuseAsync(_w.Coordinator, _w.WerkstattId, _w.Process.Id, _w.StadtB.Id, " ", 0);
        Assert.Equal("Reason", noReason.Error?.Field);
        var excused = CycleFixture.Ok(await _w.Reviews.ExcuseAsync(_w.Coordinator, _w.WerkstattId, _w.Process.Id, _w.StadtB.Id, "Personalausfall im Bürgerbüro", 0));
        Assert.Equal(ReviewState.Excused, excused.State);

        view = CycleFixture.Ok(await werkstaetten.GetAsync(_w.Coordinator, _w.WerkstattId));
        Assert.Empty(view.NextPhaseBlockers);
        CycleFixture.Ok(await werkstaetten.MoveAsync(_w.Coordinator, _w.WerkstattId, Phase.PreRead, view.Werkstatt.Version));
    }

    [Fact]
    public async Task Other_members_see_a_submission_only_once_approved_and_never_change_it()
    {
        var a = CycleFixture.Ok(await _w.UploadAsync(_w.ManagerOfA, _w.StadtA.Id, DemoModels.Read(DemoModels.WohnsitzV1)));

        Assert.Equal(ErrorKind.Forbidden, (await _w.Submissions.GetAsync(_w.ManagerOfB, _w.WerkstattId, _w.Process.Id, _w.StadtA.Id)).Error?.Kind);
        Assert.Equal(ErrorKind.Forbidden, (await _w.UploadAsync(_w.ManagerOfB, _w.StadtA.Id, DemoModels.Read(DemoModels.WohnsitzV1), version: a.Version)).Error?.Kind);
        Assert.Equal(ErrorKind.Forbidden, (await _w.Reviews.ApproveAsync(_w.ManagerOfA, _w.WerkstattId, _w.Process.Id, _w.StadtA.Id, null, a.Version)).Error?.Kind);
        Assert.Equal(ErrorKind.Forbidden, (await _w.Submissions.DownloadAsync(_w.ManagerOfB, _w.WerkstattId, _w.Process.Id, _w.StadtA.Id, 1)).Error?.Kind);
        var overview = CycleFixture.Ok(await _w.Cycle.Get<SubmissionOverviewService>().GetAsync(_w.ManagerOfB, _w.WerkstattId));
        Assert.False(overview.Rows.Single(r => r.Member.Id == _w.StadtA.Id).Visible);
        Assert.True(overview.Rows.Single(r => r.Member.Id == _w.StadtB.Id).Visible);

        CycleFixture.Ok(await _w.Reviews.ApproveAsync(_w.Reviewer, _w.WerkstattId, _w.Process.Id, _w.StadtA.Id, null, a.Version));
        var seen = CycleFixture.Ok(await _w.Submissions.GetAsync(_w.ManagerOfB, _w.WerkstattId, _w.Process.Id, _w.StadtA.Id));
        Assert.False(seen.Rights.Upload || seen.Rights.EditProfile || seen.Rights.Review);
        Assert.Equal(ErrorKind.Forbidden, (await _w.Submissions.GetAsync(Werkstatt.Service.Tests.Networks.NetworkFixture.Outsider, _w.WerkstattId, _w.Process.Id, _w.StadtA.Id)).Error?.Kind);
    }

    [Fact]
    public async Task The_comparison_shows_steps_in_one_or_both_models_and_the_profiles_side_by_side()
    {
        CycleFixture.Ok(await _w.UploadAsync(_w.ManagerOfA, _w.StadtA.Id, DemoModels.Read(DemoModels.WohnsitzV1)));
        var b = CycleFixture.Ok(await _w.UploadAsync(_w.ManagerOfB, _w.StadtB.Id, DemoModels.Read(DemoModels.WohnsitzStadtB)));
        var profile = new ProfileInput("Wohnsitz anmelden", null, null, null, null, "OK.EWO\nePayBL", null, null, null, null, null, null);
        CycleFixture.Ok(await _w.Submissions.SaveProfileAsync(_w.ManagerOfB, _w.WerkstattId, _w.Process.Id, _w.StadtB.Id, profile, b.Version));

        var comparison = CycleFixture.Ok(await _w.Cycle.Get<ComparisonService>().CompareAsync(_w.Reviewer, _w.WerkstattId, _w.Process.Id));

        Assert.Equal(2, comparison.Sides.Count);
        var a = comparison.Sides.ToList().FindIndex(s => s.Member.Id == _w.StadtA.Id);
        Assert.Equal([true, true], comparison.Steps.Single(s => s.Text == "Unterlagen prüfen").In);
        Assert.True(comparison.Steps.Single(s => s.Text == "Termin buchen").In[a]);
        Assert.False(comparison.Steps.Single(s => s.Text == "Gebühr online bezahlen").In[a]);
        Assert.Contains(comparison.Roles, r => r.Text == "Stadtkasse" && !r.In[a]);
        Assert.Contains(comparison.ItSystems, r => r.Text == "ePayBL" && !r.In[a]);

        var forB = CycleFixture.Ok(await _w.Cycle.Get<ComparisonService>().CompareAsync(_w.ManagerOfB, _w.WerkstattId, _w.Process.Id));
        Assert.False(forB.Sides.Single(s => s.Member.Id == _w.StadtA.Id).Visible);
    }
}

public sealed class SqliteSubmissionFlowTests() : SubmissionFlowTests(SqliteWerkstattDbContext.Name);

public sealed class PostgresSubmissionFlowTests() : SubmissionFlowTests(PostgresWerkstattDbContext.Name);
