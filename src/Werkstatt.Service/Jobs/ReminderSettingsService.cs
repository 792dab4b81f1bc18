using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Jobs;

/// <summary>A network's reminder offsets: read by the planner, changed by the coordination.</summary>
public sealed class ReminderSettingsService(WerkstattDbContext db, TimeProvider time)
{
    /// <summary>The network's settings, or the defaults.</summary>
    public async Task<ReminderSettings> ForAsync(NetworkId network, CancellationToken cancellationToken = default) =>
        await db.Set<ReminderSettings>().AsNoTracking().FirstOrDefaultAsync(s => s.NetworkId == network.Value, cancellationToken)
        ?? ReminderSettings.Defaults(network.Value);

    public async Task<Result<ReminderSettings>> GetAsync(Actor actor, NetworkId network, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Coordinates(network) ? await ForAsync(network, cancellationToken) : Error.Forbidden();
    }

    /// <summary>Saves new offsets and re-plans the network's open Werkstätten.</summary>
    public async Task<Result<ReminderSettings>> SaveAsync(Actor actor, NetworkId network, ReminderSettings input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        if (!actor.Coordinates(network))
        {
            return Error.Forbidden("Nur die Koordination kann die Erinnerungen einstellen.");
        }

        foreach (var (field, text) in new[]
                 {
                     (nameof(input.VotingDays), input.VotingDays), (nameof(input.ModellingDays), input.ModellingDays),
                     (nameof(input.ReviewDays), input.ReviewDays), (nameof(input.WorkshopDays), input.WorkshopDays),
                     (nameof(input.FollowUpDays), input.FollowUpDays),
                 })
        {
            try
            {
                if ((text ?? string.Empty).Length > ReminderSettings.ListMaxLength)
                {
                    throw new FormatException("Bitte höchstens einige Tageszahlen angeben.");
                }

                ReminderSettings.ParseDays(text);
            }
            catch (FormatException ex)
            {
                return Error.Validation(field, $"{ex.Message} Beispiel: 7, 2");
            }
        }

        if (input.EscalationDays is < 0 or > 60)
        {
            return Error.Validation(nameof(input.EscalationDays), "Bitte 0 (keine Eskalation) bis 60 Tage angeben.");
        }

        var row = await db.Set<ReminderSettings>().FirstOrDefaultAsync(s => s.NetworkId == network.Value, cancellationToken);
        if (row is null)
        {
            row = ReminderSettings.Defaults(network.Value);
            db.Set<ReminderSettings>().Add(row);
        }

        row.VotingDays = Normalize(input.VotingDays);
        row.ModellingDays = Normalize(input.ModellingDays);
        row.ReviewDays = Normalize(input.ReviewDays);
        row.WorkshopDays = Normalize(input.WorkshopDays);
        row.FollowUpDays = Normalize(input.FollowUpDays);
        row.EscalationDays = input.EscalationDays;
        var open = await db.Werkstaetten.AsNoTracking().Where(w => w.NetworkId == network).Select(w => w.Id).ToListAsync(cancellationToken);
        foreach (var id in open)
        {
            db.Set<JobReplanRequest>().Add(new JobReplanRequest { WerkstattId = id.Value, RequestedAt = time.GetUtcNow() });
        }

        await db.SaveChangesAsync(cancellationToken);
        return row;
    }

    private static string Normalize(string? text) => string.Join(",", ReminderSettings.ParseDays(text));
}
