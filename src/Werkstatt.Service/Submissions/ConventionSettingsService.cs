using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Bpmn.Conventions;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Voting;

namespace Werkstatt.Service.Submissions;

/// <summary>The network's convention settings: everyone in the network reads them, coordinators change them.</summary>
public sealed class ConventionSettingsService(WerkstattDbContext db, TimeProvider time)
{
    private const string What = "Die Konventionen";

    public async Task<Result<NetworkConventions>> GetAsync(Actor actor, NetworkId network, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.BelongsTo(network))
        {
            return Error.Forbidden();
        }

        return await db.Set<NetworkConventions>().AsNoTracking().FirstOrDefaultAsync(c => c.NetworkId == network, cancellationToken)
            ?? NetworkConventions.For(network);
    }

    public async Task<Result<NetworkConventions>> SetAsync(
        Actor actor, NetworkId network, IReadOnlyCollection<ConventionRuleSetting> rules, int? version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Coordinates(network))
        {
            return Error.Forbidden("Die Konventionen des Netzwerks ändert die Koordination.");
        }

        ArgumentNullException.ThrowIfNull(rules);
        if (rules.FirstOrDefault(r => ConventionChecker.Find(r.RuleId) is null) is { } unknown)
        {
            return Error.Validation("Rules", $"Die Regel „{unknown.RuleId}“ gibt es nicht. Bitte nur die angebotenen Regeln wählen.");
        }

        var conventions = await db.Set<NetworkConventions>().FirstOrDefaultAsync(c => c.NetworkId == network, cancellationToken)
            ?? NetworkConventions.For(network);
        if (version is { } expected && expected != conventions.Version)
        {
            db.ChangeTracker.Clear();
            return Error.Concurrency(What);
        }

        try
        {
            conventions.Set(rules, time.GetUtcNow(), actor.Name);
        }
        catch (DomainRuleViolation violation)
        {
            db.ChangeTracker.Clear();
            return violation.ToError();
        }

        var conflict = await db.SaveCreatedOrChangedAsync(conventions, version, What, null, cancellationToken);
        db.ChangeTracker.Clear();
        return conflict is null ? await GetAsync(actor, network, cancellationToken) : conflict;
    }
}
