using System.Security.Claims;
using Werkstatt.Service.Accounts;
using Werkstatt.Service.Audit;
using Werkstatt.Service.Common;

namespace Werkstatt.Web.Security;

/// <summary>The <see cref="Actor"/> of the current request, loaded once per request from the database.</summary>
public sealed class ActorAccessor(IHttpContextAccessor http, AccountService accounts, AuditContext audit)
{
    private Actor? _actor;
    private bool _loaded;

    public async Task<Actor?> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_loaded)
        {
            return _actor;
        }

        var userId = http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
        _actor = userId is null ? null : await accounts.ActorForUserAsync(userId, cancellationToken);
        _loaded = true;
        if (_actor is not null)
        {
            audit.Use(_actor); // the audit trail names who made the request's changes
        }

        return _actor;
    }

    /// <summary>For pages and endpoints behind authorization, where a missing actor is a bug.</summary>
    public async Task<Actor> RequireAsync(CancellationToken cancellationToken = default) =>
        await GetAsync(cancellationToken) ?? throw new InvalidOperationException("Kein angemeldeter Benutzer.");
}
