using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Common;
using Werkstatt.Service.Notifications;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Progress;

namespace Werkstatt.Service.MyTasks.Sources;

/// <summary>Mails that could not be delivered after every attempt: the coordination looks at them and sends them again.</summary>
public sealed class OutboxTaskSource(WerkstattDbContext db) : IMyTaskSource
{
    public async Task<IReadOnlyList<MyTask>> TasksAsync(MyTaskContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Coordinates)
        {
            return [];
        }

        var network = context.NetworkId.Value;
        var failed = await db.Set<OutboxMessage>().AsNoTracking().CountAsync(m => m.NetworkId == network && m.Status == OutboxStatus.Failed, cancellationToken);
        return failed == 0
            ? []
            : [new MyTask(
                "Nicht zugestellte Nachrichten prüfen",
                $"{Plural.Of(failed, "Nachricht konnte", "Nachrichten konnten")} nach allen Versuchen nicht zugestellt werden. Prüfen Sie die Adressen und senden Sie erneut.",
                null, WerkstattLinks.Outbox, MyTaskKinds.OutboxProblems, null, null, MyTaskPriority.High)];
    }
}
