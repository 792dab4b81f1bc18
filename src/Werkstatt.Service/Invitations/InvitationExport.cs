using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Invitations;
using Werkstatt.Service.Common;
using Werkstatt.Service.Mail;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Invitations;

/// <summary>
/// Writes the invitation messages a Werkstatt's participants get in its current state as .eml files, without sending
/// or saving anything (operators checking what goes out: <c>calendar export</c>).
/// </summary>
public sealed class InvitationExport(WerkstattDbContext db, InvitationSync sync, IOptions<MailOptions> mail, TimeProvider time)
{
    public async Task<Result<IReadOnlyList<string>>> ExportAsync(Actor actor, WerkstattId werkstattId, string directory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var werkstatt = await db.Werkstaetten.AsNoTracking().FirstOrDefaultAsync(w => w.Id == werkstattId, cancellationToken);
        if (werkstatt is null)
        {
            return Error.NotFound("Die Werkstatt");
        }

        if (!actor.Coordinates(werkstatt.NetworkId))
        {
            return Error.Forbidden();
        }

        // A copy nobody tracks: sending it here changes nothing in the database.
        var calendar = await db.Set<WerkstattCalendar>().AsNoTracking().FirstOrDefaultAsync(c => c.WerkstattId == werkstattId, cancellationToken)
            ?? WerkstattCalendar.For(werkstattId, werkstatt.NetworkId);
        var now = time.GetUtcNow();
        var content = await sync.ContentAsync(werkstatt, cancellationToken);
        var days = content.Days();
        var messages = calendar.Send(days, await sync.AttendeesAsync(werkstattId, cancellationToken), now).Where(m => !m.Removal).ToList();
        Directory.CreateDirectory(directory);
        var files = new List<string>();
        foreach (var message in messages)
        {
            var row = sync.Row(werkstatt, calendar, content, message, now);
            using var mailMessage = SystemNetMailTransport.ToMailMessage(row, mail.Value);
            var file = Path.Combine(directory, $"{files.Count + 1:000}-tag{message.Day}-{Safe(message.Email)}.eml");
            await WriteAsync(mailMessage, file, cancellationToken);
            files.Add(file);
        }

        return files;
    }

    private static async Task WriteAsync(MailMessage message, string file, CancellationToken cancellationToken) =>
        await File.WriteAllBytesAsync(file, await EmlWriter.ToBytesAsync(message, cancellationToken), cancellationToken);

    private static string Safe(string email) => new(email.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or '@' ? c : '_').ToArray());
}
