using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Security;

/// <summary>
/// Keeps the Data Protection key ring (cookies, antiforgery, reset tokens) in the database, so that any number of
/// web and worker instances on one PostgreSQL accept each other's cookies and tokens.
/// </summary>
public sealed class DatabaseXmlRepository(IServiceScopeFactory scopes) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
        return db.Set<DataProtectionKey>().OrderBy(k => k.Id).Select(k => k.Xml).ToList().Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
        // Data Protection calls this synchronously, possibly from a request. A plain INSERT is synchronous all the
        // way down; SaveChanges is not (it runs the asynchronous save), and blocking on that on a socket engine's
        // thread (inline completions, docs/operations.md) could wait for itself.
        var xml = element.ToString(SaveOptions.DisableFormatting);
        db.Database.ExecuteSql($"INSERT INTO data_protection_keys (\"FriendlyName\", \"Xml\") VALUES ({friendlyName}, {xml})");
    }
}
