using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Review.Rules;

namespace Werkstatt.Domain.Review;

/// <summary>
/// What one member hands in for one process it was assigned: model versions (never overwritten), the profile with its
/// revisions, and the quality review (state, comments, history).
/// </summary>
public sealed class Submission : AggregateRoot
{
    public const int ByMaxLength = 200;
    public const int NoteMaxLength = 2000;
    public const int FileNameMaxLength = 255;
    public const int MaxComments = 50;

    private readonly List<ModelVersion> _versions = [];
    private readonly List<ProfileRevision> _profiles = [];
    private readonly List<ReviewStep> _history = [];
    private readonly List<ReviewComment> _comments = [];

    private Submission()
    {
    }

    public SubmissionId Id { get; private set; }

    public WerkstattId WerkstattId { get; private set; }

    public ProcessId ProcessId { get; private set; }

    public MemberId MemberId { get; private set; }

    public ReviewState State { get; private set; }

    /// <summary>The deadline of the open rework request, if any.</summary>
    public DateTimeOffset? ReworkDeadline { get; private set; }

    public IReadOnlyList<ModelVersion> Versions => _versions;

    public IReadOnlyList<ProfileRevision> Profiles => _profiles;

    public IReadOnlyList<ReviewStep> History => _history;

    public IReadOnlyList<ReviewComment> Comments => _comments;

    public ProcessProfile? Profile => _profiles.Count == 0 ? null : _profiles[^1].Profile;

    public ModelVersion? Latest(ModelKind kind) => _versions.LastOrDefault(v => v.Kind == kind);

    /// <summary>The comments of the latest rework request.</summary>
    public IReadOnlyList<ReviewComment> OpenComments =>
        State == ReviewState.ReworkRequested && _history.Count > 0 ? _comments.Where(c => c.Step == _history[^1].Number).ToList() : [];

    /// <summary>Starts the record of an assignment (created on the first upload, profile save or excuse).</summary>
    public static Submission For(WerkstattId werkstattId, ProcessId processId, MemberId memberId) =>
        new() { Id = SubmissionId.New(), WerkstattId = werkstattId, ProcessId = processId, MemberId = memberId, State = ReviewState.Draft };

    /// <summary>Adds a model version. An as-is upload submits (or resubmits after a rework request) the model for review.</summary>
    public ModelVersion Upload(ModelKind kind, UploadedFile file, Phase phase, DateTimeOffset now, string by)
    {
        ArgumentNullException.ThrowIfNull(file);
        CheckRule(new ModelsAreUploadedInTheirPhaseRule(kind, phase));
        CheckRule(new DecidedSubmissionsAreNotChangedRule(State, kind));
        var version = new ModelVersion(
            _versions.Count + 1, kind, Clip(BaseName(file.FileName), FileNameMaxLength), file.Size, file.Sha256, now, Clip(by, ByMaxLength),
            file.Elements, file.HasDiagram, file.Problems);
        _versions.Add(version);
        if (kind == ModelKind.AsIs)
        {
            var next = State is ReviewState.ReworkRequested or ReviewState.Resubmitted ? ReviewState.Resubmitted : ReviewState.Submitted;
            Step(next, now, by, $"Version {version.Number} hochgeladen ({version.FileName})", null, version.Number);
            ReworkDeadline = null;
        }

        return version;
    }

    /// <summary>Saves a new revision of the profile; the earlier ones stay.</summary>
    public void SaveProfile(ProcessProfile profile, Phase phase, DateTimeOffset now, string by)
    {
        ArgumentNullException.ThrowIfNull(profile);
        CheckRule(new ProfilesAreEditedFromModellingToFollowUpRule(phase));
        if (phase is Phase.Modelling or Phase.QualityReview)
        {
            CheckRule(new DecidedSubmissionsAreNotChangedRule(State, ModelKind.AsIs));
        }

        _profiles.Add(new ProfileRevision(_profiles.Count + 1, now, Clip(by, ByMaxLength), profile));
    }

    public void StartReview(Phase phase, DateTimeOffset now, string by)
    {
        CheckRule(new ReviewHappensDuringModellingAndQualityReviewRule(phase));
        CheckRule(new OnlyUploadedModelsAreReviewedRule(State));
        CheckRule(new ReviewStartsOnlyOnceRule(State));
        Step(ReviewState.InReview, now, by, null, null, Latest(ModelKind.AsIs)?.Number);
    }

    /// <summary>Asks the member for changes: comments (optionally tied to element ids) and a new deadline.</summary>
    public void RequestRework(IReadOnlyList<ReworkRequest> requests, DateTimeOffset deadline, Phase phase, DateTimeOffset now, string by)
    {
        ArgumentNullException.ThrowIfNull(requests);
        CheckRule(new ReviewHappensDuringModellingAndQualityReviewRule(phase));
        CheckRule(new OnlyUploadedModelsAreReviewedRule(State));
        var comments = requests.Where(r => !string.IsNullOrWhiteSpace(r.Text)).ToList();
        CheckRule(new ReworkNeedsACommentRule(comments.Count));
        CheckRule(new ReworkDeadlineMustBeAheadRule(deadline, now));
        if (comments.Count > MaxComments)
        {
            throw new DomainRuleViolation("ReworkHasTooManyComments", $"Bitte höchstens {MaxComments} Kommentare auf einmal angeben.", "Comments");
        }

        var checkedComments = comments
            .Select(c => (Text: Text.Required(c.Text, ReviewComment.TextMaxLength, "Comments", "Ein Kommentar"),
                Element: Text.Optional(c.ElementId, ReviewComment.ElementIdMaxLength, "Comments", "Die Element-Kennung")))
            .ToList();
        var model = Latest(ModelKind.AsIs)!.Number;
        var step = Step(ReviewState.ReworkRequested, now, by, $"{checkedComments.Count} Kommentar(e)", deadline, model);
        _comments.AddRange(checkedComments.Select(c => new ReviewComment(step.Number, model, c.Text, c.Element, now, Clip(by, ByMaxLength))));
        ReworkDeadline = deadline;
    }

    public void Approve(string? note, Phase phase, DateTimeOffset now, string by)
    {
        CheckRule(new ReviewHappensDuringModellingAndQualityReviewRule(phase));
        CheckRule(new OnlyUploadedModelsAreReviewedRule(State));
        var text = Text.Optional(note, NoteMaxLength, "Note", "Die Anmerkung");
        Step(ReviewState.Approved, now, by, text, null, Latest(ModelKind.AsIs)?.Number);
    }

    /// <summary>The coordinator excuses the member from this submission; the QA phase then no longer waits for it.</summary>
    public void Excuse(string reason, Phase phase, DateTimeOffset now, string by)
    {
        CheckRule(new ExcuseHappensBeforeThePreReadRule(phase));
        CheckRule(new ApprovedSubmissionsCannotBeExcusedRule(State));
        var text = Text.Required(reason, NoteMaxLength, "Reason", "Die Begründung");
        Step(ReviewState.Excused, now, by, text, null, Latest(ModelKind.AsIs)?.Number);
        ReworkDeadline = null;
    }

    private ReviewStep Step(ReviewState to, DateTimeOffset now, string by, string? note, DateTimeOffset? deadline, int? model)
    {
        var step = new ReviewStep(_history.Count + 1, State, to, now, Clip(by, ByMaxLength), note is null ? null : Clip(note, NoteMaxLength), deadline, model);
        _history.Add(step);
        State = to;
        return step;
    }

    /// <summary>Browsers and tools may send a path; only the last segment is kept.</summary>
    private static string BaseName(string name) => name[(name.LastIndexOfAny(['/', '\\']) + 1)..];

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}
