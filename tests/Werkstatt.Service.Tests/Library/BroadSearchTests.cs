using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Library;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Review;
using Werkstatt.Service.Library;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Tests.Networks;

namespace Werkstatt.Service.Tests.Library;

/// <summary>A word in more than 1,000 entries is listed without ranking, still only within the network; a specific word is still found.</summary>
public abstract class BroadSearchTests(string provider) : IAsyncLifetime
{
    private NetworkFixture _f = null!;

    public async ValueTask InitializeAsync() => _f = await NetworkFixture.CreateAsync(provider);

    public async ValueTask DisposeAsync() => await _f.DisposeAsync();

    [Fact]
    public async Task A_common_word_in_over_a_thousand_entries_still_lists_only_the_networks_entries()
    {
        var other = Werkstatt.Domain.Network.Network.Create("Anderes Netz", Werkstatt.Domain.Calendar.FederalState.Hessen, _f.Clock.GetUtcNow());
        await using (var scope = _f.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
            db.Networks.Add(other);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = 0; i < LibrarySearchSql.BroadMatches + 20; i++)
            {
                db.Add(Entry(_f.Network.Id, i, $"Antrag prüfen {i}"));
            }

            // Another network's entries are the newest of all: they must still not appear.
            for (var i = 0; i < 60; i++)
            {
                db.Add(Entry(other.Id, 5_000 + i, $"Antrag prüfen {i}"));
            }

            await db.SaveChangesAsync();
        }

        var library = _f.Get<LibraryService>();
        var broad = (await library.SearchAsync(_f.ManagerOfA, _f.Network.Id, new LibraryQuery("prüfen", Limit: 10))).Value!;
        // SQLite lists them in index order (most recently indexed first), PostgreSQL by date: either way a full page of this network's.
        Assert.Equal(10, broad.Select(h => h.Name).Distinct().Count());
        Assert.All(broad, h => Assert.True(int.Parse(h.Name[8..], System.Globalization.CultureInfo.InvariantCulture) < 5_000, h.Name));

        var specific = (await library.SearchAsync(_f.ManagerOfA, _f.Network.Id, new LibraryQuery("Vorgang0042"))).Value!;
        Assert.Equal("Prozess 0042", Assert.Single(specific).Name);
    }

    private static LibraryEntry Entry(NetworkId network, int index, string label)
    {
        var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(index);
        var entry = LibraryEntry.Create(network, $"Prozess {index:0000}", null, at);
        var profile = new LibraryProfile(null, "Stadt", [new LibraryProfileField("Ergebnis", "Bescheid")]);
        entry.AddVersion(new LibraryVersionInput(
            LibraryVersionSource.Onboarding, null, null, null, DateOnly.FromDateTime(at.UtcDateTime).AddDays(index), "Bürgerservice", "Stadt", null, null, null,
            [new LibraryModel(null, "Stadt", ModelKind.AsIs, "m.bpmn", new string('a', 64), 100, 3)], [profile], [label, $"Vorgang{index:0000} bearbeiten"]), at);
        return entry;
    }
}

public sealed class SqliteBroadSearchTests() : BroadSearchTests(SqliteWerkstattDbContext.Name);

public sealed class PostgresBroadSearchTests() : BroadSearchTests(PostgresWerkstattDbContext.Name);
