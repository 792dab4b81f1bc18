using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Service.Jobs.Recipients;
using Werkstatt.Service.Notifications;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Tests.Mail;

/// <summary>Puts due messages straight into the outbox, the way the jobs do.</summary>
public static class OutboxFill
{
    public static async Task<IReadOnlyList<OutboxMessage>> AddAsync(IServiceProvider services, Guid network, int count, string addressPattern = "person{0}@stadt.example")
    {
        await using var scope = services.CreateAsyncScope();
        var writer = scope.ServiceProvider.GetRequiredService<OutboxWriter>();
        var db = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var notifications = Enumerable.Range(1, count).Select(i => new OutgoingNotification(
            network,
            null,
            new Recipient(Guid.NewGuid(), $"Person {i}", string.Format(System.Globalization.CultureInfo.InvariantCulture, addressPattern, i)),
            "Reminder.Test",
            "test:1",
            "v1",
            ReminderTopic.Voting,
            new NotificationMail($"Erinnerung Nr. {i}: Stimmen abgeben – Prozesswerkstatt Bürgerservice", $"Guten Tag Person {i},\n\nbitte abstimmen: http://localhost:5080/Werkstaetten/x{i}\n", $"<p>Guten Tag Person {i},</p><p><a href=\"http://localhost:5080/Werkstaetten/x{i}\">Zur Aufgabe</a></p>", $"http://localhost:5080/Werkstaetten/x{i}"),
            now)).ToList();
        await writer.EnqueueAsync(notifications, CancellationToken.None);
        await db.SaveChangesAsync();
        return db.ChangeTracker.Entries<OutboxMessage>().Select(e => e.Entity).ToList();
    }
}
