using System.Net.Mail;

namespace Werkstatt.Service.Mail;

/// <summary>A <see cref="MailMessage"/> as the bytes of an .eml file (RFC 5322), as System.Net.Mail would send it.</summary>
public static class EmlWriter
{
    // SmtpClient's pickup directory names files itself; write into a private folder and take the one file there.
    public static async Task<byte[]> ToBytesAsync(MailMessage message, CancellationToken cancellationToken)
    {
        var temp = Path.Combine(Path.GetTempPath(), $"werkstatt-eml-{Guid.NewGuid():N}");
        Directory.CreateDirectory(temp);
        try
        {
            using (var client = new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = temp })
            {
                await client.SendMailAsync(message, cancellationToken);
            }

            return await File.ReadAllBytesAsync(Directory.GetFiles(temp, "*.eml").Single(), cancellationToken);
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }
}
