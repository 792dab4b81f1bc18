using Microsoft.Extensions.Options;
using Werkstatt.Service.Mail;

namespace Werkstatt.Service.Microsoft365;

/// <summary><c>Mail:Transport=Graph</c> needs at least one network on Microsoft 365 to send from.</summary>
public sealed class GraphMailOptionsValidator(IOptions<Microsoft365Options> microsoft365) : IValidateOptions<MailOptions>
{
    public ValidateOptionsResult Validate(string? name, MailOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Effective == MailTransportKind.Graph && microsoft365.Value.Networks.Count == 0
            ? ValidateOptionsResult.Fail("Mail:Transport=Graph braucht mindestens ein Netzwerk unter Microsoft365:Networks.")
            : ValidateOptionsResult.Success;
    }
}
