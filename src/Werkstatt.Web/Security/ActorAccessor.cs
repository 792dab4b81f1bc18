using System.Security.Claims;
using Werkstatt.Service.Accounts;
using Werkstatt.Service.Common;

namespace Werkstatt.Web.Security;

/// <summary>The <see cref="Actor"/> of the current request, loaded once per request from the database.</summary>
public sealed class ActorAccessor(IHttpContextAccessor http, AccountService accounts)
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
        return _actor;
    }

    /// <summary>For pages and endpoints behind authorization, where a missing actor is a bug.</summary>
    public async Task<Actor> RequireAsync(CancellationToken cancellationToken = default) =>
        await GetAsync(cancellationToken) ?? throw new InvalidOperationException("Kein angemeldeter Benutzer.");
}
