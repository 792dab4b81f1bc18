using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.ToBe;
using Werkstatt.Service.Bpmn.Import;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Submissions;
using Werkstatt.Service.Voting;

namespace Werkstatt.Service.ToBe;

/// <summary>
/// The to-be (SOLL) model of a process: saved versions (every save a new one, through the hardened importer and the
/// network's convention checks) and comments on its elements. The live drawing between saves is <see cref="ToBeLiveService"/>.
/// </summary>
public sealed class ToBeService(WerkstattDbContext db, ToBeAccess access, TimeProvider time)
{
    /// <summary>Largest accepted to-be file (the importer's default limit).</summary>
    public static readonly long MaxBytes = BpmnImportOptions.Default.MaxBytes;

    public async Task<Result<ToBeView>> GetAsync(Actor actor, WerkstattId werkstattId, ProcessId processId, CancellationToken cancellationToken = default)
    {
        var loaded = await access.ReadableAsync(actor, werkstattId, processId, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var (werkstatt, process) = loaded.Value;
        var model = await access.ModelAsync(werkstattId, processId, track: false, cancellationToken);
        ParsedToBe? latest = null;
        if (model.Latest is { } version && await FileAsync(werkstattId, processId, version.Number, cancellationToken) is { } bytes)
        {
            await SocketThreads.LeaveAsync();
            var import = BpmnImporter.Import(bytes);
            if (import.Succeeded)
            {
                latest = new ParsedToBe(version, import.Model, SubmissionFindings.For(import.Model, import.Problems, await ConventionsAsync(werkstatt.NetworkId, cancellationToken)));
            }
        }

        var sources = await access.SourcesAsync(actor, werkstatt, processId, cancellationToken);
        var draft = await db.Set<ToBeDraft>().AsNoTracking()
            .Where(d => d.WerkstattId == werkstattId && d.ProcessId == processId).Select(d => (long?)d.Revision).FirstOrDefaultAsync(cancellationToken);
        return new ToBeView(werkstatt, process, model, ToBeAccess.RightsOf(actor, werkstatt), sources, latest, draft ?? 0);
    }

    /// <summary>The raw XML of a saved version, for everyone in the network.</summary>
    public async Task<Result<byte[]>> XmlAsync(Actor actor, WerkstattId werkstattId, ProcessId processId, int number, CancellationToken cancellationToken = default)
    {
        var loaded = await access.ReadableAsync(actor, werkstattId, processId, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        return await FileAsync(werkstattId, processId, number, cancellationToken) is { } bytes ? bytes : Error.NotFound("Die SOLL-Version");
    }

    /// <summary>Reads and checks the XML and stores it as the next version. A refused file stores nothing.</summary>
    public async Task<Result<ToBeSaved>> SaveAsync(
        Actor actor, WerkstattId werkstattId, ProcessId processId, byte[] content, ToBeBasis basis, MemberId? basedOnMember, int? basedOnVersion, int? version,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var loaded = await access.EditableAsync(actor, werkstattId, processId, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        if (content.LongLength > MaxBytes)
        {
            return Error.Validation("File", $"Das Modell ist größer als {MaxBytes / (1024 * 1024)} MB und wurde nicht gespeichert.");
        }

        await SocketThreads.LeaveAsync();
        var import = BpmnImporter.Import(content);
        if (!import.Succeeded)
        {
            return Error.Validation("File", import.Refusal.Message);
        }

        var werkstatt = loaded.Value.Werkstatt;
        if (basedOnMember is { } member && !await db.Members.AnyAsync(m => m.Id == member && m.NetworkId == werkstatt.NetworkId, cancellationToken))
        {
            return Error.Validation("BasedOnMember", "Diese Verwaltung gehört nicht zum Netzwerk.");
        }

        var findings = SubmissionFindings.For(import.Model, import.Problems, await ConventionsAsync(werkstatt.NetworkId, cancellationToken));
        var model = await access.ModelAsync(werkstattId, processId, track: true, cancellationToken);
        ToBeVersion saved;
        try
        {
            var facts = new ToBeFileFacts(Convert.ToHexStringLower(SHA256.HashData(content)), content.LongLength, import.Model.Elements.Count, import.Problems.Count, findings.Count);
            saved = model.Save(facts, basis, basedOnMember, basedOnVersion, werkstatt.Phase, time.GetUtcNow(), actor.Name);
        }
        catch (DomainRuleViolation violation)
        {
            db.ChangeTracker.Clear();
            return violation.ToError();
        }

        db.Add(new ToBeFile(werkstattId, processId, saved.Number, content));
        var conflict = await db.SaveCreatedOrChangedAsync(model, version, ToBeAccess.What, cancellationToken);
        return conflict is null ? new ToBeSaved(saved, findings, model.Version) : conflict;
    }

    /// <summary>A participant's comment, optionally on one element. Comments only add, so no version is needed.</summary>
    public async Task<Result<ToBeComment>> CommentAsync(Actor actor, WerkstattId werkstattId, ProcessId processId, string? elementId, string? text, CancellationToken cancellationToken = default)
    {
        var loaded = await access.ReadableAsync(actor, werkstattId, processId, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        for (var attempt = 0; ; attempt++)
        {
            var model = await access.ModelAsync(werkstattId, processId, track: true, cancellationToken);
            ToBeComment comment;
            try
            {
                comment = model.Comment(elementId, text, loaded.Value.Werkstatt.Phase, time.GetUtcNow(), actor.Name);
            }
            catch (DomainRuleViolation violation)
            {
                db.ChangeTracker.Clear();
                return violation.ToError();
            }

            // Two people commenting at once race for the same number; the loser simply tries again on the new state.
            var conflict = await db.SaveCreatedOrChangedAsync(model, model.Version, ToBeAccess.What, cancellationToken);
            if (conflict is null)
            {
                return comment;
            }

            if (attempt == 2)
            {
                return conflict;
            }
        }
    }

    private async Task<byte[]?> FileAsync(WerkstattId werkstattId, ProcessId processId, int number, CancellationToken cancellationToken) =>
        await db.Set<ToBeFile>().AsNoTracking()
            .Where(f => f.WerkstattId == werkstattId && f.ProcessId == processId && f.Number == number)
            .Select(f => f.Content)
            .FirstOrDefaultAsync(cancellationToken);

    private async Task<NetworkConventions> ConventionsAsync(NetworkId network, CancellationToken cancellationToken) =>
        await db.Set<NetworkConventions>().AsNoTracking().FirstOrDefaultAsync(c => c.NetworkId == network, cancellationToken)
        ?? NetworkConventions.For(network);
}
