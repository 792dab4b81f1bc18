using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace Werkstatt.Service.Microsoft365;

/// <summary>Checks every configured network at start: a GUID key, all four values, absolute URLs (https unless loopback).</summary>
public sealed class Microsoft365OptionsValidator : IValidateOptions<Microsoft365Options>
{
    public ValidateOptionsResult Validate(string? name, Microsoft365Options options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        foreach (var (key, network) in options.Networks)
        {
            var prefix = $"{Microsoft365Options.SectionName}:Networks:{key}";
            if (!Guid.TryParse(key, out _))
            {
                failures.Add($"{prefix}: der Schlüssel muss die Id eines Netzwerks (GUID) sein.");
            }

            Require(failures, prefix, nameof(network.TenantId), network.TenantId);
            Require(failures, prefix, nameof(network.ClientId), network.ClientId);
            Require(failures, prefix, nameof(network.ClientSecret), network.ClientSecret);
            Require(failures, prefix, nameof(network.OrganizerMailbox), network.OrganizerMailbox);
            if (!string.IsNullOrWhiteSpace(network.OrganizerMailbox) && !MailAddress.TryCreate(network.OrganizerMailbox, out _))
            {
                failures.Add($"{prefix}:OrganizerMailbox ist keine E-Mail-Adresse.");
            }

            CheckUrl(failures, prefix, nameof(network.GraphBaseUrl), network.GraphBaseUrl);
            CheckUrl(failures, prefix, nameof(network.AuthorityHost), network.AuthorityHost);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Require(List<string> failures, string prefix, string field, string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{prefix}:{field} fehlt.");
        }
    }

    private static void CheckUrl(List<string> failures, string prefix, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)))
        {
            failures.Add($"{prefix}:{field} muss eine https-Adresse sein (http nur auf dem eigenen Rechner).");
        }
    }
}
