using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;
using Werkstatt.Service.MyTasks;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Progress;
using Werkstatt.Service.Submissions.Tasks;
using Werkstatt.Tests.Shared;

namespace Werkstatt.Service.Tests.Submissions;

/// <summary>The demo's quality review (one approved, one rework requested, one waiting) on "Meine Aufgaben" and as a phase blocker.</summary>
public sealed class SubmissionTaskSourceTests
{
    [Fact]
    public async Task Rework_goes_to_its_member_waiting_submissions_to_the_coordination_and_two_open_ones_block_the_pre_read()
    {
        await using var database = await TestDatabase.CreateAsync(SqliteWerkstattDbContext.Name);
        await using var services = await TestServices.CreateAsync(database, demo: true);
        await using var db = database.NewContext();
        var network = await db.Networks.SingleAsync();
        var review = await db.Werkstaetten.SingleAsync(w => w.Phase == Phase.QualityReview);
        var members = await db.Members.ToDictionaryAsync(m => m.Name, m => m.Id);
        var tasks = services.CreateScope().ServiceProvider.GetRequiredService<MyTasksService>();

        var musterstadt = Manager(network.Id, members["Stadt Musterstadt"]);
        var rework = Assert.Single((await tasks.ForAsync(musterstadt, network.Id)).Value!.All, t => t.Kind == SubmissionTaskKinds.Rework);
        Assert.Equal("Überarbeitung einreichen", rework.Title);
        Assert.Equal(review.Id, rework.WerkstattId);
        Assert.NotNull(rework.Due);
        Assert.StartsWith($"/Werkstaetten/{review.Id.Value}/Einreichungen/", rework.Link, StringComparison.Ordinal);
        Assert.EndsWith($"/{members["Stadt Musterstadt"].Value}", rework.Link, StringComparison.Ordinal);

        var beispielburg = Manager(network.Id, members["Stadt Beispielburg"]);
        Assert.DoesNotContain((await tasks.ForAsync(beispielburg, network.Id)).Value!.All, t => t.Kind.StartsWith("Submit", StringComparison.Ordinal) || t.Kind == SubmissionTaskKinds.Review);
        Assert.DoesNotContain((await tasks.ForAsync(musterstadt, network.Id)).Value!.All, t => t.Kind == SubmissionTaskKinds.Review);

        var coordinator = new Actor("k", "Koordination", network.Id, null, new HashSet<Role> { Role.Coordinator });
        var check = Assert.Single((await tasks.ForAsync(coordinator, network.Id)).Value!.All, t => t.Kind == SubmissionTaskKinds.Review);
        Assert.Equal("Einreichung prüfen", check.Title);
        Assert.EndsWith($"/{members["Stadt Neuhafen am Rhein"].Value}", check.Link, StringComparison.Ordinal);
        Assert.Equal(review.Schedule.ReviewDue, check.Due);
        var reviewer = new Actor("qs", "Quirin Qualität", network.Id, null, new HashSet<Role> { Role.QualityReviewer });
        Assert.Single((await tasks.ForAsync(reviewer, network.Id)).Value!.All, t => t.Kind == SubmissionTaskKinds.Review);

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var blockers = await services.CreateScope().ServiceProvider.GetRequiredService<PhaseBlockers>().ForNextPhaseAsync(review, now, CancellationToken.None);
        var blocker = Assert.Single(blockers, b => b.Text == "2 Einreichungen noch nicht freigegeben");
        Assert.Equal($"/Werkstaetten/{review.Id.Value}/Einreichungen", blocker.Link);
    }

    private static Actor Manager(NetworkId network, MemberId member) =>
        new("pm", "Prozessmanagement", network, member, new HashSet<Role> { Role.ProcessManager });
}
