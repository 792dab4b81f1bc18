using Werkstatt.Domain.Blueprints;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Registers;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Registers;

/// <summary>Blueprint changes per item, and the one path every change of a register takes.</summary>
public sealed partial class RegisterService
{
    public Task<Result<Register>> ApplyChangeAsync(Actor actor, MemberId memberId, BlueprintChangeKind kind, Guid itemKey, int? version, CancellationToken cancellationToken = default) =>
        ReleaseChangeAsync(actor, memberId, version, (r, release, now) => r.ApplyChange(release, kind, itemKey, now, actor.Name), cancellationToken);

    public Task<Result<Register>> DeclineChangeAsync(Actor actor, MemberId memberId, BlueprintChangeKind kind, Guid itemKey, int? version, CancellationToken cancellationToken = default) =>
        ReleaseChangeAsync(actor, memberId, version, (r, release, now) => r.DeclineChange(release, kind, itemKey, now, actor.Name), cancellationToken);

    private async Task<Result<Register>> ReleaseChangeAsync(Actor actor, MemberId memberId, int? version, Action<Register, BlueprintRelease, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        BlueprintRelease? release = null;
        return await ChangeAsync(actor, memberId, version, async r =>
        {
            release = await loader.LatestAsync(r.BlueprintId, cancellationToken);
        }, (r, now) =>
        {
            if (release is null)
            {
                throw new DomainRuleViolation("BlueprintChangeMustStillBePending", "Diese Änderung der Blaupause steht nicht (mehr) zur Übernahme an.");
            }

            change(r, release, now);
        }, cancellationToken);
    }

    internal Task<Result<Register>> ChangeAsync(Actor actor, MemberId memberId, int? version, Action<Register, DateTimeOffset> change, CancellationToken cancellationToken) =>
        ChangeAsync(actor, memberId, version, _ => Task.CompletedTask, change, cancellationToken);

    private async Task<Result<Register>> ChangeAsync(
        Actor actor, MemberId memberId, int? version, Func<Register, Task> prepare, Action<Register, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        var member = await loader.MemberAsync(actor, memberId, cancellationToken);
        if (!member.IsSuccess)
        {
            return member.Error;
        }

        if (!RegisterAccess.CanChange(actor, member.Value.NetworkId, memberId))
        {
            return Error.Forbidden("Das Register ändern die Prozessmanager:innen der Verwaltung oder die Koordination.");
        }

        var register = await loader.RegisterAsync(memberId, track: true, cancellationToken);
        if (register is null)
        {
            return Error.NotFound(What);
        }

        if (version is { } expected && expected != register.Version)
        {
            db.ChangeTracker.Clear();
            return Error.Concurrency(What);
        }

        try
        {
            await prepare(register);
            change(register, time.GetUtcNow());
        }
        catch (DomainRuleViolation violation)
        {
            db.ChangeTracker.Clear();
            return violation is RegisterImportViolation import ? ImportErrors.From(import.Problems) : violation.ToError();
        }

        var conflict = await db.SaveAsync(register, version, What, cancellationToken);
        return conflict is null ? register : conflict;
    }
}
