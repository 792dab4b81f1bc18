using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Blueprints;
using Werkstatt.Domain.Calendar;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Library;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Review;
using Werkstatt.Service.Accounts;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Bench.Registers;

/// <summary>
/// One network of <see cref="Members"/> towns, each with a register of <c>size</c> entries built from one published
/// blueprint (attributes and two own attributes on every entry); the first town's process manager has a login (a real
/// password hash). Plus a
/// library of <see cref="LibraryEntries"/> modelled processes named like every tenth register entry, so the page's
/// coverage and "Netzwerk" column have something to match.
/// </summary>
public sealed record RegisterPageSeed(Guid MemberId, string Email, string Password)
{
    public const int LibraryEntries = 200;

    /// <summary>A network of the size the articles describe (3 Kreise and 10 towns is typical; here all towns, one blueprint).</summary>
    public const int Members = 13;

    public static async Task<RegisterPageSeed> SeedAsync(WerkstattDbContext db, int size)
    {
        ArgumentNullException.ThrowIfNull(db);
        var now = DateTimeOffset.UtcNow;
        var network = Network.Create("Registernetz", FederalState.NordrheinWestfalen, now);
        var member = Member.Create(network.Id, "Stadt Registerhausen", MemberLevel.Stadt, 60_000, 800);
        const string Email = "pm@register.example";
        const string Password = "Register-Bench-2026!";
        var person = Person.Create(network.Id, member.Id, "Prozessmanagement Registerhausen", Email, "Prozessmanagement");
        db.AddRange(network, member, person);
        var role = await db.Roles.FirstOrDefaultAsync(r => r.Name == nameof(Role.ProcessManager));
        if (role is null)
        {
            role = new IdentityRole(nameof(Role.ProcessManager)) { NormalizedName = nameof(Role.ProcessManager).ToUpperInvariant() };
            db.Roles.Add(role);
        }

        var user = new AppUser
        {
            UserName = Email, NormalizedUserName = Email.ToUpperInvariant(), Email = Email, NormalizedEmail = Email.ToUpperInvariant(), EmailConfirmed = true,
            SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(), PersonId = person.Id.Value, DisplayName = person.Name,
        };
        user.PasswordHash = new PasswordHasher<AppUser>().HashPassword(user, Password);
        db.Add(user);
        db.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = role.Id });

        Blueprint? blueprint = null;
        var release = RegisterScale.Release(size, now, network.Id, b => blueprint = b);
        db.Add(blueprint!);
        db.Add(release);
        db.Add(RegisterScale.Build(release, now, network.Id, member.Id));
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        for (var i = 1; i < Members; i++)
        {
            var other = Member.Create(network.Id, $"Stadt {i:00}", MemberLevel.Stadt, 20_000 + i, 300);
            db.Add(other);
            db.Add(RegisterScale.Build(release, now, network.Id, other.Id));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        var names = release.Processes().Select(p => p.Process.Name).Where((_, i) => i % 10 == 0).Take(LibraryEntries).ToList();
        foreach (var (name, i) in names.Select((n, i) => (n, i)))
        {
            db.Add(LibraryEntry(network.Id, member, name, i, now));
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return new RegisterPageSeed(member.Id.Value, Email, Password);
    }

    private static LibraryEntry LibraryEntry(NetworkId network, Member member, string name, int index, DateTimeOffset now)
    {
        var entry = Domain.Library.LibraryEntry.Create(network, name, null, now);
        var profile = new LibraryProfile(member.Id.Value, member.Name, [new LibraryProfileField("Auslöser", "Antrag"), new LibraryProfileField("Ergebnis", "Bescheid")]);
        var model = new LibraryModel(member.Id.Value, member.Name, ModelKind.AsIs, "modell.bpmn", new string('a', 64), 20_000, 40);
        entry.AddVersion(new LibraryVersionInput(
            LibraryVersionSource.Workshop, WerkstattId.New(), $"Prozesswerkstatt {index % 9 + 1}", ProcessId.New(), new DateOnly(2025, 3, 1).AddDays(index),
            "Bürgerservice", member.Level.ToString(), null, null, null, [model], [profile], ["Antrag prüfen", "Bescheid erstellen " + index.ToString(CultureInfo.InvariantCulture)]), now);
        return entry;
    }
}
