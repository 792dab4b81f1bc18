using Werkstatt.Domain.Blueprints;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Registers;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Registers.Library;
using Werkstatt.Service.Voting;

namespace Werkstatt.Service.Registers;

/// <summary>A member's register: built from its level's blueprint, then kept by the member's process managers (or the coordinator).</summary>
public sealed partial class RegisterService(WerkstattDbContext db, RegisterLoader loader, ILibraryCatalog library, TimeProvider time)
{
    private const string What = RegisterLoader.What;

    public async Task<Result<RegisterView>> GetAsync(Actor actor, MemberId memberId, CancellationToken cancellationToken = default)
    {
        var member = await loader.MemberAsync(actor, memberId, cancellationToken);
        if (!member.IsSuccess)
        {
            return member.Error;
        }

        var m = member.Value;
        var register = await loader.RegisterAsync(memberId, track: false, cancellationToken);
        if (!RegisterAccess.CanRead(actor, m.NetworkId, memberId, register?.IsShared == true))
        {
            return Error.Forbidden("Dieses Register ist nicht freigegeben; sichtbar sind nur die Werte des Netzwerks.");
        }

        var canChange = RegisterAccess.CanChange(actor, m.NetworkId, memberId);
        if (register is null)
        {
            var ready = await loader.LatestAsync(m.NetworkId, BlueprintLevels.Of(m.Level), cancellationToken);
            return new RegisterView(m, null, canChange, ready, [], null);
        }

        var latest = await loader.LatestAsync(register.BlueprintId, cancellationToken);
        var pending = latest is null ? [] : BlueprintChanges.Between(register, latest);
        var coverage = RegisterCoverage.Of(register, memberId, new LibraryIndex(await library.ForNetworkAsync(m.NetworkId, cancellationToken)));
        return new RegisterView(m, register, canChange, latest, pending, coverage);
    }

    /// <summary>Builds the member's register from the latest published blueprint of its level.</summary>
    public async Task<Result<Register>> CreateAsync(Actor actor, MemberId memberId, CancellationToken cancellationToken = default)
    {
        var member = await loader.MemberAsync(actor, memberId, cancellationToken);
        if (!member.IsSuccess)
        {
            return member.Error;
        }

        var m = member.Value;
        if (!RegisterAccess.CanChange(actor, m.NetworkId, memberId))
        {
            return Error.Forbidden("Ein Register legen die Prozessmanager:innen der Verwaltung oder die Koordination an.");
        }

        if (await loader.RegisterAsync(memberId, track: false, cancellationToken) is not null)
        {
            return new Error(ErrorKind.Rule, "OneRegisterPerMember", $"{m.Name} hat schon ein Register.");
        }

        var release = await loader.LatestAsync(m.NetworkId, BlueprintLevels.Of(m.Level), cancellationToken);
        if (release is null)
        {
            return new Error(ErrorKind.Rule, "RegisterNeedsAPublishedBlueprint", $"Für die Ebene {BlueprintLevels.Of(m.Level).GermanName()} ist noch keine Blaupause veröffentlicht. Bitte wenden Sie sich an die Koordination.");
        }

        try
        {
            var register = Register.CreateFrom(m.NetworkId, memberId, m.Level, release, time.GetUtcNow(), actor.Name);
            var conflict = await db.SaveCreatedOrChangedAsync(register, 0, What, new Error(ErrorKind.Rule, "OneRegisterPerMember", $"{m.Name} hat schon ein Register."), cancellationToken);
            return conflict is null ? register : conflict;
        }
        catch (DomainRuleViolation violation)
        {
            return violation.ToError();
        }
    }

    /// <summary>Null when the actor may change the member's register; otherwise why not (404/403), before any input is looked at.</summary>
    public async Task<Error?> RefusalAsync(Actor actor, MemberId memberId, CancellationToken cancellationToken = default)
    {
        var member = await loader.MemberAsync(actor, memberId, cancellationToken);
        if (!member.IsSuccess)
        {
            return member.Error;
        }

        return RegisterAccess.CanChange(actor, member.Value.NetworkId, memberId)
            ? null
            : Error.Forbidden("Das Register ändern die Prozessmanager:innen der Verwaltung oder die Koordination.");
    }

    public Task<Result<Register>> AddOwnAsync(Actor actor, MemberId memberId, string? group, string? name, string? leikaKey, string? description, int? version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, memberId, version, (r, now) => r.AddOwn(group ?? string.Empty, name ?? string.Empty, leikaKey, description, now, actor.Name), cancellationToken);

    public Task<Result<Register>> RenameAsync(Actor actor, MemberId memberId, Guid entryId, string? name, int? version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, memberId, version, (r, now) => r.Rename(entryId, name ?? string.Empty, now, actor.Name), cancellationToken);

    public Task<Result<Register>> DescribeAsync(Actor actor, MemberId memberId, Guid entryId, string? group, string? leikaKey, string? description, int? version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, memberId, version, (r, now) => r.Describe(entryId, group ?? string.Empty, leikaKey, description, now, actor.Name), cancellationToken);

    public Task<Result<Register>> StrikeAsync(Actor actor, MemberId memberId, Guid entryId, string? reason, int? version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, memberId, version, (r, now) => r.Strike(entryId, reason ?? string.Empty, now, actor.Name), cancellationToken);

    public Task<Result<Register>> RestoreAsync(Actor actor, MemberId memberId, Guid entryId, int? version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, memberId, version, (r, now) => r.Restore(entryId, now, actor.Name), cancellationToken);

    public Task<Result<Register>> DeleteOwnAsync(Actor actor, MemberId memberId, Guid entryId, int? version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, memberId, version, (r, now) => r.DeleteOwn(entryId, now, actor.Name), cancellationToken);

    public Task<Result<Register>> SetAttributesAsync(Actor actor, MemberId memberId, Guid entryId, EntryAttributes attributes, IReadOnlyDictionary<Guid, string?> values, int? version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, memberId, version, (r, now) =>
        {
            r.SetAttributes(entryId, attributes, now, actor.Name);
            r.SetValues(entryId, values, now, actor.Name);
        }, cancellationToken);

    public Task<Result<Register>> DefineAttributeAsync(Actor actor, MemberId memberId, string? name, AttributeKind kind, IEnumerable<string>? choices, int? version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, memberId, version, (r, now) => r.DefineAttribute(name ?? string.Empty, kind, choices, now, actor.Name), cancellationToken);

    public Task<Result<Register>> RemoveAttributeAsync(Actor actor, MemberId memberId, Guid definitionId, int? version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, memberId, version, (r, now) => r.RemoveAttribute(definitionId, now, actor.Name), cancellationToken);

    public Task<Result<Register>> SetSharedAsync(Actor actor, MemberId memberId, bool shared, int? version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, memberId, version, (r, now) => r.SetShared(shared, now, actor.Name), cancellationToken);
}
