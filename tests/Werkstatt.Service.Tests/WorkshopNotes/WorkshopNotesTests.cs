using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.WorkshopNotes;
using Werkstatt.Service.Audit;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Tests.Networks;
using Werkstatt.Service.Tests.Voting;
using Werkstatt.Service.WorkshopNotes;

namespace Werkstatt.Service.Tests.WorkshopNotes;

public abstract class WorkshopNotesTests(string provider) : IAsyncLifetime
{
    private NotesWorld _n = null!;

    private WerkstattId Id => _n.W.WerkstattId;

    private Domain.Processes.ProcessId Process => _n.W.Process.Id;

    public async ValueTask InitializeAsync() => _n = await NotesWorld.CreateAsync(provider);

    public async ValueTask DisposeAsync() => await _n.DisposeAsync();

    [Fact]
    public async Task Facilitators_write_notes_that_everyone_in_the_network_reads_and_only_decisions_are_audited()
    {
        await _n.SetPhaseAsync(Phase.Workshop);
        var weakness = CycleFixture.Ok(await _n.Notes.AddAsync(_n.W.Reviewer, Id, Process, new NoteInput(NoteKind.Weakness, "Medienbruch:\r\nAntrag auf Papier.", null)));
        CycleFixture.Ok(await _n.Notes.AddAsync(_n.W.Coordinator, Id, Process, new NoteInput(NoteKind.GoodPractice, "Online-Bezahlung", _n.W.StadtB.Id.Value)));
        var decision = CycleFixture.Ok(await _n.Notes.AddAsync(_n.W.Coordinator, Id, Process, new NoteInput(NoteKind.Decision, "Wir bieten die Online-Bezahlung an.", null)));
        Assert.Equal("Medienbruch:\nAntrag auf Papier.", weakness.Text);

        var read = CycleFixture.Ok(await _n.Notes.GetAsync(_n.W.Cycle.Net.ExpertOfA, Id, Process));
        Assert.Equal([NoteKind.Decision, NoteKind.Weakness, NoteKind.GoodPractice], read.Notes.Select(n => n.Kind));
        Assert.Equal("Stadt B", read.MemberName(read.Notes[2].MemberId));
        Assert.False(read.Rights.Edit);
        Assert.True(CycleFixture.Ok(await _n.Notes.GetAsync(_n.W.Reviewer, Id, Process)).Rights.Edit);

        Assert.Equal(ErrorKind.Forbidden, (await _n.Notes.AddAsync(_n.W.ManagerOfA, Id, Process, new NoteInput(NoteKind.Idea, "Idee", null))).Error?.Kind);
        Assert.Equal(ErrorKind.Forbidden, (await _n.Notes.GetAsync(NetworkFixture.Outsider, Id, Process)).Error?.Kind);
        var foreignMember = await _n.Notes.AddAsync(_n.W.Coordinator, Id, Process, new NoteInput(NoteKind.GoodPractice, "Fremd", Guid.NewGuid()));
        Assert.Equal(("Validation", "MemberId"), (foreignMember.Error?.Kind.ToString(), foreignMember.Error?.Field));
        var ideaWithMember = await _n.Notes.AddAsync(_n.W.Coordinator, Id, Process, new NoteInput(NoteKind.Idea, "Idee", _n.W.StadtA.Id.Value));
        Assert.Equal("GoodPracticeNamesAMemberOfTheNetwork", ideaWithMember.Error?.Code);
        Assert.Equal("Text", (await _n.Notes.AddAsync(_n.W.Coordinator, Id, Process, new NoteInput(NoteKind.Idea, " \n ", null))).Error?.Field);

        _n.W.Cycle.Net.Clock.Advance(TimeSpan.FromMinutes(5));
        var edited = CycleFixture.Ok(await _n.Notes.EditAsync(_n.W.Coordinator, Id, Process, decision.Id, new NoteInput(NoteKind.Decision, "Online-Bezahlung für alle.", null), decision.Version));
        var stale = await _n.Notes.EditAsync(_n.W.Reviewer, Id, Process, decision.Id, new NoteInput(NoteKind.Decision, "Überschrieben", null), decision.Version);
        Assert.Equal(ErrorKind.Concurrency, stale.Error?.Kind);
        Assert.Equal(ErrorKind.Concurrency, (await _n.Notes.DeleteAsync(_n.W.Coordinator, Id, Process, weakness.Id, weakness.Version + 3)).Error?.Kind);
        Assert.True(CycleFixture.Ok(await _n.Notes.DeleteAsync(_n.W.Coordinator, Id, Process, weakness.Id, weakness.Version)));
        var after = CycleFixture.Ok(await _n.Notes.GetAsync(_n.W.Coordinator, Id, Process));
        Assert.Equal(["Online-Bezahlung für alle.", "Online-Bezahlung"], after.Notes.Select(n => n.Text));
        Assert.Equal(edited.Version, after.Notes[0].Version);

        await using var db = _n.W.Cycle.Net.Database.NewContext();
        var audit = await db.Set<AuditEntry>().AsNoTracking().Where(a => a.Kind == AuditKinds.WorkshopRoom).OrderBy(a => a.At).ThenBy(a => a.Id).Select(a => a.Summary).ToListAsync();
        Assert.Equal(["Entscheidung festgehalten: „Wir bieten die Online-Bezahlung an.“.", "Entscheidung geändert: „Online-Bezahlung für alle.“."], audit);
    }

    [Fact]
    public async Task Notes_wait_for_the_workshop_and_end_with_publishing()
    {
        var early = await _n.Notes.AddAsync(_n.W.Coordinator, Id, Process, new NoteInput(NoteKind.OpenQuestion, "Gebühr?", null));
        Assert.Equal(("WorkshopNotesAreTakenDuringTheWorkshopAndFollowUp", ErrorKind.Rule), (early.Error?.Code, early.Error!.Kind));

        await _n.SetPhaseAsync(Phase.FollowUp);
        var note = CycleFixture.Ok(await _n.Notes.AddAsync(_n.W.Coordinator, Id, Process, new NoteInput(NoteKind.OpenQuestion, "Gebühr?", null)));
        await _n.SetPhaseAsync(Phase.Published);
        var late = await _n.Notes.EditAsync(_n.W.Coordinator, Id, Process, note.Id, new NoteInput(NoteKind.OpenQuestion, "Gebühr geklärt", null), note.Version);
        Assert.Equal("WorkshopNotesAreTakenDuringTheWorkshopAndFollowUp", late.Error?.Code);
        Assert.Equal("Die Werkstatt ist abgeschlossen; Notizen und Maßnahmen können nicht mehr geändert werden.", late.Error?.Message);
        Assert.Equal("Gebühr?", Assert.Single(CycleFixture.Ok(await _n.Notes.GetAsync(_n.W.ManagerOfA, Id, Process)).Notes).Text);
    }
}

public sealed class SqliteWorkshopNotesTests() : WorkshopNotesTests(SqliteWerkstattDbContext.Name);

public sealed class PostgresWorkshopNotesTests() : WorkshopNotesTests(PostgresWerkstattDbContext.Name);
