using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Werkstatt.Service.Mail;

/// <summary>Checks what data annotations cannot: the SMTP port, and that Graph is only chosen when a Graph transport exists.</summary>
public sealed class MailOptionsValidator(IServiceProviderIsKeyedService keyed) : IValidateOptions<MailOptions>
{
    public ValidateOptionsResult Validate(string? name, MailOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Smtp.Port is < 1 or > 65535)
        {
            return ValidateOptionsResult.Fail("Mail:Smtp:Port muss zwischen 1 und 65535 liegen.");
        }

        if (options.Transport == MailTransportKind.Smtp && string.IsNullOrWhiteSpace(options.Smtp.Host))
        {
            return ValidateOptionsResult.Fail("Mail:Transport=Smtp braucht Mail:Smtp:Host.");
        }

        if (options.Effective == MailTransportKind.Graph && !keyed.IsKeyedService(typeof(IMailTransport), MailTransportKind.Graph))
        {
            return ValidateOptionsResult.Fail("Mail:Transport=Graph braucht die Microsoft-365-Anbindung (Microsoft365:Networks). Bitte Smtp oder Pickup wählen.");
        }

        return ValidateOptionsResult.Success;
    }
}
