using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Review;
using Werkstatt.Service.Bpmn.Compare;
using Werkstatt.Service.Bpmn.Import;
using Werkstatt.Service.Common;
using Werkstatt.Service.Jobs;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Voting;

namespace Werkstatt.Service.Submissions;

/// <summary>
/// A member's side of a submission: upload model versions (each one new, nothing overwritten), fill the profile, read
/// back the drawing's model, findings and changes. Refused files give the importer's German message and store nothing.
/// </summary>
public sealed class SubmissionService(WerkstattDbContext db, SubmissionLoader loader, TimeProvider time, ReplanSignal replan)
{
    /// <summary>Largest accepted upload (the importer's default limit).</summary>
    public static readonly long MaxUploadBytes = BpmnImportOptions.Default.MaxBytes;

    public async Task<Result<SubmissionView>> GetAsync(Actor actor, WerkstattId werkstattId, ProcessId processId, MemberId memberId, CancellationToken cancellationToken = default)
    {
        var context = await loader.LoadAsync(actor, werkstattId, processId, memberId, track: false, cancellationToken);
        if (!context.IsSuccess)
        {
            return context.Error;
        }

        var (w, process, member, assigned, submission) = context.Value;
        var latest = submission?.Latest(ModelKind.AsIs);
        ParsedModel? model = null;
        VersionDiff? diff = null;
        IReadOnlyList<SubmissionFinding> findings = [];
        if (latest is not null)
        {
            model = await ParseAsync(submission!, latest, cancellationToken);
            var conventions = await ConventionsAsync(w.NetworkId, cancellationToken);
            findings = model is null ? [] : SubmissionFindings.For(model.Model, model.Problems, conventions);
            var previous = submission!.Versions.LastOrDefault(v => v.Kind == ModelKind.AsIs && v.Number < latest.Number);
            if (model is not null && previous is not null && await ParseAsync(submission, previous, cancellationToken) is { } before)
            {
                diff = new VersionDiff(previous.Number, latest.Number, BpmnModelDiff.Compare(before.Model, model.Model));
            }
        }

        return new SubmissionView(w, process, member, submission, RightsOf(actor, context.Value), model, findings, diff);
    }

    /// <summary>Reads, checks and stores one BPMN file as the next version.</summary>
    public async Task<Result<SubmissionView>> UploadAsync(
        Actor actor, WerkstattId werkstattId, ProcessId processId, MemberId memberId, ModelKind kind, string fileName, Stream content, int? version,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var bytes = await ReadLimitedAsync(content, cancellationToken);
        if (bytes is null)
        {
            return Error.Validation("File", $"Die Datei ist größer als {MaxUploadBytes / (1024 * 1024)} MB und wurde nicht gespeichert.");
        }

        if (string.IsNullOrWhiteSpace(fileName))
        {
            fileName = "modell.bpmn";
        }

        return await ChangeAsync(actor, werkstattId, processId, memberId, version, Editor(actor), (context, submission, now) =>
        {
            var import = BpmnImporter.Import(bytes);
            if (!import.Succeeded)
            {
                throw new DomainRuleViolation("BpmnFilesMustBeReadable", import.Refusal.Message, "File");
            }

            var file = new UploadedFile(fileName, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)), import.Model.Elements.Count, import.Model.HasDiagram, import.Problems.Count);
            var added = submission.Upload(kind, file, context.Werkstatt.Phase, now, actor.Name);
            db.Add(new SubmissionFile(submission.Id, added.Number, bytes));
        }, cancellationToken);
    }

    public Task<Result<SubmissionView>> SaveProfileAsync(
        Actor actor, WerkstattId werkstattId, ProcessId processId, MemberId memberId, ProfileInput input, int? version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, werkstattId, processId, memberId, version, Editor(actor), (context, submission, now) =>
        {
            ArgumentNullException.ThrowIfNull(input);
            submission.SaveProfile(input.ToProfile(), context.Werkstatt.Phase, now, actor.Name);
        }, cancellationToken);

    public async Task<Result<DownloadedModel>> DownloadAsync(
        Actor actor, WerkstattId werkstattId, ProcessId processId, MemberId memberId, int number, CancellationToken cancellationToken = default)
    {
        var context = await loader.LoadAsync(actor, werkstattId, processId, memberId, track: false, cancellationToken);
        if (!context.IsSuccess)
        {
            return context.Error;
        }

        var submission = context.Value.Submission;
        var version = submission?.Versions.FirstOrDefault(v => v.Number == number);
        var file = version is null ? null : await db.Set<SubmissionFile>().AsNoTracking()
            .FirstOrDefaultAsync(f => f.SubmissionId == submission!.Id && f.Number == number, cancellationToken);
        return file is null ? Error.NotFound("Die Modellversion") : new DownloadedModel(version!.FileName, file.Content);
    }

    /// <summary>Reads a stored version back through the importer (it was accepted once, so this succeeds unless the limits shrank).</summary>
    public async Task<ParsedModel?> ParseAsync(Submission submission, ModelVersion version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(version);
        var file = await db.Set<SubmissionFile>().AsNoTracking()
            .FirstOrDefaultAsync(f => f.SubmissionId == submission.Id && f.Number == version.Number, cancellationToken);
        var import = file is null ? null : BpmnImporter.Import(file.Content);
        return import is { Succeeded: true } ? new ParsedModel(version, import.Model, import.Problems) : null;
    }

    public async Task<NetworkConventions> ConventionsAsync(NetworkId network, CancellationToken cancellationToken) =>
        await db.Set<NetworkConventions>().AsNoTracking().FirstOrDefaultAsync(c => c.NetworkId == network, cancellationToken)
        ?? NetworkConventions.For(network);

    internal static SubmissionRights RightsOf(Actor actor, SubmissionContext context)
    {
        var (w, _, member, assigned, submission) = context;
        var state = submission?.State ?? ReviewState.Draft;
        var edits = assigned && actor.Edits(w.NetworkId, member.Id);
        var reviewPhase = w.Phase is Phase.Modelling or Phase.QualityReview;
        return new SubmissionRights(
            Upload: edits && ((reviewPhase && !state.IsDone()) || w.Phase is Phase.Workshop or Phase.FollowUp),
            EditProfile: edits && w.Phase >= Phase.Modelling && w.Phase <= Phase.FollowUp && !(reviewPhase && state.IsDone()),
            Review: actor.Reviews(w.NetworkId) && reviewPhase && state.AwaitsReviewer(),
            Excuse: actor.Coordinates(w.NetworkId) && reviewPhase && !state.IsDone());
    }

    /// <summary>Loads the submission tracked (creating it on first use), checks rights and version, applies the change, saves.</summary>
    internal async Task<Result<SubmissionView>> ChangeAsync(
        Actor actor, WerkstattId werkstattId, ProcessId processId, MemberId memberId, int? version, Func<SubmissionContext, Error?> authorize,
        Action<SubmissionContext, Submission, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        var loaded = await loader.LoadAsync(actor, werkstattId, processId, memberId, track: true, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var context = loaded.Value;
        if (authorize(context) is { } refused)
        {
            db.ChangeTracker.Clear();
            return refused;
        }

        if (!context.Assigned)
        {
            return SubmissionErrors.NotAssigned;
        }

        var submission = context.Submission ?? Submission.For(werkstattId, processId, memberId);
        if (version is { } expected && expected != submission.Version)
        {
            db.ChangeTracker.Clear();
            return Error.Concurrency(SubmissionLoader.What);
        }

        var reworkBefore = ReworkOf(submission);
        var now = time.GetUtcNow();
        await SocketThreads.LeaveAsync(); // an upload is parsed in the change
        try
        {
            change(context, submission, now);
        }
        catch (DomainRuleViolation violation)
        {
            db.ChangeTracker.Clear();
            return SubmissionErrors.From(violation);
        }

        // A new, moved or settled rework deadline re-plans the Werkstatt's reminders, in the same transaction.
        var reworkChanged = ReworkOf(submission) != reworkBefore;
        if (reworkChanged)
        {
            ReplanRequests.Add(db, werkstattId, now);
        }

        var conflict = await db.SaveCreatedOrChangedAsync(submission, version, SubmissionLoader.What, SubmissionErrors.Taken, cancellationToken);
        db.ChangeTracker.Clear();
        if (conflict is null && reworkChanged)
        {
            replan.Pulse();
        }

        return conflict ?? await GetAsync(actor, werkstattId, processId, memberId, cancellationToken);
    }

    private static DateTimeOffset? ReworkOf(Submission submission) => submission.State == ReviewState.ReworkRequested ? submission.ReworkDeadline : null;

    private static Func<SubmissionContext, Error?> Editor(Actor actor) => context => actor.Edits(context.Werkstatt.NetworkId, context.Member.Id)
        ? null
        : Error.Forbidden("Modelle und Steckbriefe reicht nur die zugeteilte Verwaltung selbst ein.");

    private static async Task<byte[]?> ReadLimitedAsync(Stream content, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxUploadBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
