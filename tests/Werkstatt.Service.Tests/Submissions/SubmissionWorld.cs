using Werkstatt.Domain.Assignment;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Review;
using Werkstatt.Service.Common;
using Werkstatt.Service.Dossiers;
using Werkstatt.Service.Staffing;
using Werkstatt.Service.Submissions;
using Werkstatt.Service.Tests.Voting;

namespace Werkstatt.Service.Tests.Submissions;

/// <summary>A Werkstatt in Modelling: "Wohnsitz anmelden" assigned to Stadt A and Stadt B (confirmed), plus a reviewer.</summary>
public sealed class SubmissionWorld : IAsyncDisposable
{
    private SubmissionWorld(CycleFixture cycle) => Cycle = cycle;

    public CycleFixture Cycle { get; }

    public Process Process { get; private set; } = null!;

    public Member StadtA => Cycle.Net.StadtA;

    public Member StadtB => Cycle.Net.StadtB;

    public Actor Coordinator => Cycle.Net.Coordinator;

    public Actor ManagerOfA => Cycle.Net.ManagerOfA;

    public Actor ManagerOfB => Cycle.ManagerOfB;

    public Actor Reviewer => new("r", "Beraterin QS", Cycle.Net.Network.Id, null, new HashSet<Role> { Role.QualityReviewer });

    public WerkstattId WerkstattId => Cycle.WerkstattId;

    public SubmissionService Submissions => Cycle.Get<SubmissionService>();

    public ReviewService Reviews => Cycle.Get<ReviewService>();

    public static async Task<SubmissionWorld> CreateAsync(string provider)
    {
        var world = new SubmissionWorld(await CycleFixture.CreateAsync(provider));
        var f = world.Cycle;
        var processes = await f.ToAssignmentAsync(("Wohnsitz anmelden", 2, [MemberLevel.Stadt], false));
        world.Process = processes[0];
        await f.DeclareAsync(f.Net.ManagerOfA, f.Net.StadtA.Id, 1, (world.Process, Bid.Want));
        await f.DeclareAsync(f.ManagerOfB, f.Net.StadtB.Id, 1, (world.Process, Bid.Want));
        var assignment = f.Get<AssignmentService>();
        var board = CycleFixture.Ok(await assignment.SolveAsync(f.Net.Coordinator, f.WerkstattId, 0));
        CycleFixture.Ok(await assignment.ConfirmAsync(f.Net.Coordinator, f.WerkstattId, board.Plan.Version));
        await f.MoveToAsync(Phase.Modelling);
        return world;
    }

    public async Task<Result<SubmissionView>> UploadAsync(Actor actor, MemberId member, byte[] content, string fileName = "modell.bpmn", int? version = null, ModelKind kind = ModelKind.AsIs)
    {
        var current = version ?? (await Submissions.GetAsync(Coordinator, WerkstattId, Process.Id, member)).Value!.Version;
        using var stream = new MemoryStream(content);
        return await Submissions.UploadAsync(actor, WerkstattId, Process.Id, member, kind, fileName, stream, current);
    }

    public async Task<SubmissionView> ViewAsync(MemberId member) => CycleFixture.Ok(await Submissions.GetAsync(Coordinator, WerkstattId, Process.Id, member));

    /// <summary>Also removes the dossier files the world's Werkstatt got, so a rebuilt dossier never meets an old one.</summary>
    public async ValueTask DisposeAsync()
    {
        var directory = Cycle.Get<DossierFiles>().FullPath($"dossiers/{WerkstattId.Value:N}");
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        await Cycle.DisposeAsync();
    }
}
