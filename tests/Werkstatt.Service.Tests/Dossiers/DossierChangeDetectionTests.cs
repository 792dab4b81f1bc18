using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Invitations;
using Werkstatt.Domain.Participants;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Review;
using Werkstatt.Domain.Staffing;
using Werkstatt.Domain.ToBe;
using Werkstatt.Domain.Voting;
using Werkstatt.Domain.Workshop;
using Werkstatt.Domain.WorkshopNotes;
using Werkstatt.Service.Bpmn.Conventions;
using Werkstatt.Service.Bpmn.Import;
using Werkstatt.Service.Common;
using Werkstatt.Service.Dossiers;
using Werkstatt.Service.Dossiers.Inputs;
using Werkstatt.Service.Dossiers.Storage;
using Werkstatt.Service.Invitations;
using Werkstatt.Service.Participants;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Submissions;
using Werkstatt.Service.ToBe;
using Werkstatt.Tests.Shared;

namespace Werkstatt.Service.Tests.Dossiers;

/// <summary>
/// The change detector assembles a released dossier only when the fingerprint of its inputs changed: a pass with nothing
/// changed assembles nothing; each kind of input, changed once, is noticed – and makes a new version when the dossier
/// shows the change. Runs on the demo's Werkstatt in quality review (profiles, models, remarks, comparison), seeded once per
/// provider; each test leaves the detector with nothing to do.
/// </summary>
public abstract class DossierChangeDetectionTests(ReleasedDemoDossier demo)
{
    private readonly TestDatabase _database = demo.Database;
    private readonly ServiceProvider _services = demo.Services;
    private readonly WerkstattId _id = demo.WerkstattId;

    [Fact]
    public async Task A_pass_with_nothing_changed_assembles_no_dossier()
    {
        var versions = await VersionsAsync();
        Assert.Equal(new DossierChangeCheck(1, 0, 0), await CheckAsync());
        Assert.Equal(new DossierChangeCheck(1, 0, 0), await CheckAsync());

        // A version from before the fingerprint existed: assembled once, found equal, then cheap again.
        await using (var db = _database.NewContext())
        {
            await db.Set<Dossier>().ExecuteUpdateAsync(s => s.SetProperty(d => d.InputFingerprint, string.Empty));
        }

        Assert.Equal(new DossierChangeCheck(1, 1, 0), await CheckAsync());
        Assert.Equal(new DossierChangeCheck(1, 0, 0), await CheckAsync());
        Assert.Equal(versions, await VersionsAsync());
    }

    [Fact]
    public async Task A_version_summarised_before_the_shown_values_is_adopted_not_rebuilt()
    {
        var versions = await VersionsAsync();
        await using (var db = _database.NewContext())
        {
            var dossier = await db.Set<Dossier>().Where(d => d.WerkstattId == _id.Value).OrderByDescending(d => d.Number).FirstAsync();
            var old = DossierSummary.FromJson(dossier.Summary)! with { Network = null, Topics = null, People = null, Review = null };
            Assert.DoesNotContain("\"network\"", old.ToJson(), StringComparison.Ordinal);
            (dossier.Summary, dossier.Fingerprint, dossier.InputFingerprint) = (old.ToJson(), old.Fingerprint(), string.Empty);
            await db.SaveChangesAsync();
        }

        Assert.Equal(new DossierChangeCheck(1, 1, 0), await CheckAsync());
        Assert.Equal(new DossierChangeCheck(1, 0, 0), await CheckAsync());
        Assert.Equal(versions, await VersionsAsync());
        await using (var db = _database.NewContext())
        {
            var adopted = DossierSummary.FromJson(await db.Set<Dossier>().Where(d => d.WerkstattId == _id.Value).OrderByDescending(d => d.Number).Select(d => d.Summary).FirstAsync())!;
            Assert.False(string.IsNullOrEmpty(adopted.Network));
            Assert.NotEmpty(adopted.Topics!);
        }
    }

    [Fact]
    public async Task Every_kind_of_input_is_noticed_and_a_change_the_dossier_shows_makes_a_new_version()
    {
        var now = TestServices.DefaultNow;
        var changes = new (string Input, bool Shown, Func<WerkstattDbContext, Task> Change)[]
        {
            ("werkstatt", true, async db => (await db.Werkstaetten.SingleAsync(w => w.Id == _id)).Rename("Prozesswerkstatt Bürgerdienste 2027")),
            ("network", true, async db => (await db.Networks.SingleAsync(n => n.Id == db.Werkstaetten.Single(w => w.Id == _id).NetworkId)).Rename("Netzwerk neu benannt")),
            ("members", true, async db => (await db.Members.SingleAsync(m => m.Name == "Stadt Neuhafen am Rhein")).Update("Stadt Neuhafen", Werkstatt.Domain.Network.MemberLevel.Stadt, 30_000, 300)),
            ("conventions", true, async db => await ConventionsOffAsync(db)),
            ("processes", true, async db => (await db.Set<Process>().SingleAsync(p => p.WerkstattId == _id && p.Name == "Gewerbe anmelden"))
                .Update(Phase.ProcessSelection, "Gewerbe an- und ummelden", null, 1, [Werkstatt.Domain.Network.MemberLevel.Stadt], false)),
            ("topics", true, async db => await db.Set<Topic>().Where(t => t.WerkstattId == _id && t.Title == "Gewerbe")
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Title, "Gewerbe und Handel").SetProperty(t => t.Version, t => t.Version + 1))),
            ("staffing", false, async db => await db.Set<StaffingPlan>().Where(p => p.WerkstattId == _id)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Version, p => p.Version + 1))),
            ("submissions", true, async db => await ProfileAsync(db, now)),
            ("submissions", true, async db => await RemarkAsync(db, now)),
            ("models", true, async db => await ReuploadAsync(db, now)),
            ("participants", true, async db => await RegisterAsync(db)),
            ("agenda", true, async db => await AgendaAsync(db, now)),
            ("calendar", true, async db => await TeamsLinkAsync(db)),
            ("tobe", false, async db => await ToBeAsync(db)),

            // Shown from the follow-up on only; the demo is in quality review, so noticed but no new version.
            ("notes", false, async db => db.Add(WorkshopNote.Write(_id, await FirstProcessAsync(db), Phase.Workshop, NoteKind.Idea, "Online-Termin anbieten", null, false, now, "Test"))),
            ("actionitems", false, async db => db.Add(ActionItem.Agree(
                _id, await FirstProcessAsync(db), Phase.Workshop, "Formular prüfen", (await db.Members.FirstAsync()).Id, true, new DateOnly(2030, 1, 1), new DateOnly(2029, 1, 1), now, "Test"))),
        };
        Assert.Equal(DossierInputs.All.Select(i => i.Name).Order(), changes.Select(c => c.Input).Distinct().Order());

        var versions = await VersionsAsync();
        foreach (var (input, shown, change) in changes)
        {
            await using (var scope = _services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
                await change(db);
                await db.SaveChangesAsync();
            }

            var check = await CheckAsync();
            Assert.True(check.Assembled == 1, $"{input}: the change was not noticed ({check})");
            Assert.True(check.Queued == (shown ? 1 : 0), $"{input}: expected {(shown ? "a new version" : "no new version")} ({check})");
            if (shown)
            {
                Assert.Equal(1, await Get<DossierBuilder>().ProcessPendingAsync("test", CancellationToken.None));
                Assert.Equal(++versions, await VersionsAsync());
            }

            Assert.True((await CheckAsync()).Assembled == 0, $"{input}: the next pass assembled again");
        }
    }

    private async Task<DossierChangeCheck> CheckAsync() => await Get<DossierChangeDetector>().CheckAsync(CancellationToken.None);

    private async Task<int> VersionsAsync()
    {
        await using var db = _database.NewContext();
        return await db.Set<Dossier>().CountAsync(d => d.WerkstattId == _id.Value);
    }

    private T Get<T>()
        where T : notnull => _services.CreateScope().ServiceProvider.GetRequiredService<T>();

    private async Task ConventionsOffAsync(WerkstattDbContext db)
    {
        var network = await db.Werkstaetten.Where(w => w.Id == _id).Select(w => w.NetworkId).SingleAsync();
        var current = (await Get<ConventionSettingsService>().GetAsync(Actor.System, network)).Value!;
        var off = ConventionChecker.Rules.Select(r => new Werkstatt.Service.Submissions.ConventionRuleSetting(r.Id, false, FindingLevel.Hint)).ToList();
        Assert.True((await Get<ConventionSettingsService>().SetAsync(Actor.System, network, off, current.Version)).IsSuccess);
    }

    private async Task ProfileAsync(WerkstattDbContext db, DateTimeOffset now)
    {
        var submissions = await db.Set<Submission>().Where(s => s.WerkstattId == _id).ToListAsync();
        var profile = ProcessProfile.Create(
            "Gewerbe anmelden", null, "Gewerbeanzeige", "Bestätigung der Anzeige", "Gewerbetreibende\nGewerbeamt", "Gewerbe-Software", 800, "15 Minuten", null,
            DigitisationDegree.Partly, "§ 14 Gewerbeordnung", null);
        submissions.Single(s => s.Profile is null).SaveProfile(profile, Phase.QualityReview, now, "Test");
    }

    private async Task RemarkAsync(WerkstattDbContext db, DateTimeOffset now)
    {
        var submitted = (await db.Set<Submission>().Where(s => s.WerkstattId == _id).ToListAsync()).Single(s => s.State == ReviewState.Submitted);
        submitted.StartReview(Phase.QualityReview, now, "Quirin Qualität");
        submitted.RequestRework([new ReworkRequest("Bitte die Kammern ergänzen.", null)], now + TimeSpan.FromDays(5), Phase.QualityReview, now, "Quirin Qualität");
    }

    private async Task ReuploadAsync(WerkstattDbContext db, DateTimeOffset now)
    {
        var submissions = await db.Set<Submission>().Where(s => s.WerkstattId == _id).ToListAsync();
        var rework = submissions.First(s => s.State == ReviewState.ReworkRequested && s.Latest(ModelKind.AsIs) is not null);
        // Another member's model whose drawing differs from the current one (rows come back in no set order): other
        // bytes alone are not enough, two members' files of one process can draw the same, which the dossier shows
        // as no change. A different element count draws differently.
        var current = rework.Latest(ModelKind.AsIs)!;
        var other = submissions.First(s => s.Id != rework.Id && s.Latest(ModelKind.AsIs) is { HasDiagram: true } latest
            && latest.Sha256 != current.Sha256 && latest.Elements != current.Elements);
        var bytes = (await db.Set<SubmissionFile>().SingleAsync(f => f.SubmissionId == other.Id && f.Number == other.Latest(ModelKind.AsIs)!.Number)).Content;
        var import = BpmnImporter.Import(bytes);
        var version = rework.Upload(
            ModelKind.AsIs, new UploadedFile("neu.bpmn", bytes.Length, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), import.Model!.Elements.Count, import.Model.HasDiagram, import.Problems.Count),
            Phase.QualityReview, now, "Test");
        db.Add(new SubmissionFile(rework.Id, version.Number, bytes));
    }

    private async Task RegisterAsync(WerkstattDbContext db)
    {
        var network = await db.Werkstaetten.Where(w => w.Id == _id).Select(w => w.NetworkId).SingleAsync();
        var registered = await db.Set<Participant>().Where(p => p.WerkstattId == _id).Select(p => p.PersonId).ToListAsync();
        var person = await db.People.FirstAsync(p => p.NetworkId == network && p.MemberId != null && !registered.Contains(p.Id));
        Assert.True((await Get<ParticipantService>().AddAsync(Actor.System, _id, new ParticipantInput(person.Id.Value, ParticipantRole.Expert, "Protokoll", null))).IsSuccess);
    }

    private async Task TeamsLinkAsync(WerkstattDbContext db)
    {
        // The invitations create the calendar; the join link is what Graph stores per day for a Teams meeting.
        if (!await db.Set<WerkstattCalendar>().AnyAsync(c => c.WerkstattId == _id))
        {
            Assert.True((await Get<InvitationService>().SendAsync(Actor.System, _id)).IsSuccess);
        }

        Assert.True(await db.Database.ExecuteSqlRawAsync("""UPDATE calendar_days SET "JoinUrl" = 'https://teams.example/l/meetup-join/1'""") > 0);
    }

    private async Task AgendaAsync(WerkstattDbContext db, DateTimeOffset now)
    {
        var days = await db.Set<WorkshopDays>().FirstOrDefaultAsync(w => w.WerkstattId == _id);
        if (days is null)
        {
            days = WorkshopDays.For(_id);
            db.Add(days);
        }

        days.SetAgenda(1, [new AgendaItem(AgendaEntryKind.Opening, null, "Begrüßung und Ziele", new TimeOnly(9, 0), 30)], now);
    }

    private async Task<ProcessId> FirstProcessAsync(WerkstattDbContext db) => await db.Set<Process>().Where(p => p.WerkstattId == _id).Select(p => p.Id).FirstAsync();

    private async Task ToBeAsync(WerkstattDbContext db)
    {
        var process = await db.Set<Process>().FirstAsync(p => p.WerkstattId == _id);
        var bytes = await db.Set<SubmissionFile>().Select(f => f.Content).FirstAsync();
        Assert.True((await Get<ToBeService>().SaveAsync(Actor.System, _id, process.Id, bytes, ToBeBasis.Upload, null, null, 0)).IsSuccess);
    }
}

public sealed class SqliteDossierChangeDetectionTests(SqliteDossierChangeDetectionTests.Demo demo) : DossierChangeDetectionTests(demo), IClassFixture<SqliteDossierChangeDetectionTests.Demo>
{
    public sealed class Demo() : ReleasedDemoDossier(SqliteWerkstattDbContext.Name);
}

public sealed class PostgresDossierChangeDetectionTests(PostgresDossierChangeDetectionTests.Demo demo) : DossierChangeDetectionTests(demo), IClassFixture<PostgresDossierChangeDetectionTests.Demo>
{
    public sealed class Demo() : ReleasedDemoDossier(PostgresWerkstattDbContext.Name);
}
