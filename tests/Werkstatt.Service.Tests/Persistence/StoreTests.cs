using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Calendar;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;
using Werkstatt.Tests.Shared;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Tests.Persistence;

/// <summary>Round trips, concurrency and migrations; run once per provider by the subclasses below.</summary>
public abstract class StoreTests(string provider) : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);
    private readonly List<TestDatabase> _databases = [];

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        foreach (var database in _databases)
        {
            await database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Werkstatt_round_trips_with_schedule_venue_and_history()
    {
        var database = await NewDatabaseAsync();
        WerkstattId id;
        Schedule schedule;
        await using (var db = await database.MigratedContextAsync())
        {
            var network = Network.Create("Netzwerk Rundreise", FederalState.NordrheinWestfalen, Now);
            db.Networks.Add(network);
            schedule = Schedule.FromTemplate(network.Template, new DateOnly(2027, 3, 16));
            var werkstatt = WerkstattAggregate.Plan(network.Id, "Prozesswerkstatt Ä Ö Ü ß", schedule, Venue.InPerson("Kreishaus, Saal 2\nMusterstraße 1"), Now);
            werkstatt.MoveTo(Phase.TopicCollection, Now, "Katrin Koordinatorin");
            db.Werkstaetten.Add(werkstatt);
            await db.SaveChangesAsync();
            id = werkstatt.Id;
        }

        await using (var db = database.NewContext())
        {
            var loaded = await db.Werkstaetten.SingleAsync(w => w.Id == id);
            Assert.Equal("Prozesswerkstatt Ä Ö Ü ß", loaded.Title);
            Assert.Equal(Phase.TopicCollection, loaded.Phase);
            Assert.Equal(schedule, loaded.Schedule);
            Assert.Equal(TimeSpan.Zero, loaded.Schedule.Day1Start.Offset);
            Assert.Equal(WorkshopFormat.InPerson, loaded.Venue.Format);
            Assert.Equal("Kreishaus, Saal 2\nMusterstraße 1", loaded.Venue.Address);
            var change = Assert.Single(loaded.History);
            Assert.Equal((Phase.Draft, Phase.TopicCollection, "Katrin Koordinatorin"), (change.From, change.To, change.By));
            Assert.Equal(0, loaded.Version);
        }
    }

    [Fact]
    public async Task Deadlines_can_be_queried_and_ordered_in_the_database()
    {
        var database = await NewDatabaseAsync();
        await using var db = await database.MigratedContextAsync();
        var network = Network.Create("Netzwerk Abfrage", FederalState.Berlin, Now);
        db.Networks.Add(network);
        foreach (var day in new[] { new DateOnly(2027, 9, 14), new DateOnly(2027, 3, 16), new DateOnly(2027, 6, 15) })
        {
            db.Werkstaetten.Add(WerkstattAggregate.Plan(network.Id, "W " + day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Schedule.FromTemplate(network.Template, day), Venue.Online("https://meet.example/x"), Now));
        }

        await db.SaveChangesAsync();
        var cutoff = new DateTimeOffset(2027, 5, 1, 0, 0, 0, TimeSpan.Zero);
        var titles = await db.Werkstaetten.Where(w => w.Schedule.Day1Start > cutoff).OrderBy(w => w.Schedule.Day1Start).Select(w => w.Title).ToListAsync();
        Assert.Equal(["W 2027-06-15", "W 2027-09-14"], titles);
    }

    [Fact]
    public async Task Stale_version_is_a_conflict_and_changes_nothing()
    {
        var database = await NewDatabaseAsync();
        var id = await SeedWerkstattAsync(database);

        await using (var first = database.NewContext())
        {
            var werkstatt = await first.Werkstaetten.SingleAsync(w => w.Id == id);
            werkstatt.Rename("Zuerst gespeichert");
            Assert.Null(await first.SaveAsync(werkstatt, expectedVersion: 0, "Die Werkstatt", CancellationToken.None));
        }

        await using (var second = database.NewContext())
        {
            var werkstatt = await second.Werkstaetten.SingleAsync(w => w.Id == id);
            werkstatt.Rename("Später, auf altem Stand");
            var conflict = await second.SaveAsync(werkstatt, expectedVersion: 0, "Die Werkstatt", CancellationToken.None);
            Assert.NotNull(conflict);
            Assert.Equal(ErrorKind.Concurrency, conflict.Kind);
            Assert.Contains("inzwischen von jemand anderem geändert", conflict.Message, StringComparison.Ordinal);
        }

        await using var check = database.NewContext();
        var stored = await check.Werkstaetten.SingleAsync(w => w.Id == id);
        Assert.Equal("Zuerst gespeichert", stored.Title);
        Assert.Equal(1, stored.Version);
    }

    [Fact]
    public async Task Racing_saves_of_the_same_version_let_only_one_win()
    {
        var database = await NewDatabaseAsync();
        var id = await SeedWerkstattAsync(database);
        await using var first = database.NewContext();
        await using var second = database.NewContext();
        var a = await first.Werkstaetten.SingleAsync(w => w.Id == id);
        var b = await second.Werkstaetten.SingleAsync(w => w.Id == id);
        a.MoveTo(Phase.TopicCollection, Now, "A");
        b.Cancel("Raumproblem", Now, "B");

        Assert.Null(await first.SaveAsync(a, a.Version, "Die Werkstatt", CancellationToken.None));
        var conflict = await second.SaveAsync(b, expectedVersion: 0, "Die Werkstatt", CancellationToken.None);

        Assert.Equal(ErrorKind.Concurrency, conflict?.Kind);
        await using var check = database.NewContext();
        var stored = await check.Werkstaetten.SingleAsync(w => w.Id == id);
        Assert.Equal(Phase.TopicCollection, stored.Phase);
        Assert.Null(stored.CancellationReason);
        Assert.Single(stored.History);
    }

    [Fact]
    public async Task Migrations_create_exactly_the_schema_of_the_model()
    {
        var migrated = await NewDatabaseAsync();
        var created = await NewDatabaseAsync();
        await using (var db = await migrated.MigratedContextAsync())
        {
            Assert.Empty(await new SchemaMigrator(db, Microsoft.Extensions.Logging.Abstractions.NullLogger<SchemaMigrator>.Instance).PendingAsync());
        }

        await using (var db = created.NewContext())
        {
            await db.Database.EnsureCreatedAsync();
        }

        var fromMigrations = await SchemaOf(migrated);
        var fromModel = await SchemaOf(created);
        fromMigrations.Remove("werkstatt_schema_history");

        // Quartz's tables come from its own DDL, not from the EF model; QuartzStoreTests checks that Quartz runs on them.
        foreach (var quartz in fromMigrations.Keys.Where(t => t.StartsWith(Werkstatt.Service.Jobs.Quartz.QuartzSchedulerFactory.TablePrefix, StringComparison.OrdinalIgnoreCase)).ToList())
        {
            fromMigrations.Remove(quartz);
        }
        // The library's full-text search lives in SQL only: SQLite's FTS5 table (kept by triggers) and PostgreSQL's generated
        // tsvector column with its GIN index; the EF model never reads them.
        foreach (var fts in fromMigrations.Keys.Where(t => t.StartsWith("library_fts", StringComparison.Ordinal)).ToList())
        {
            fromMigrations.Remove(fts);
        }

        if (fromMigrations.TryGetValue("library_entries", out var entries))
        {
            fromMigrations["library_entries"] = string.Join(", ", entries.Split(", ").Where(c => !c.Contains("SearchVector", StringComparison.Ordinal)));
        }

        Assert.Equal(string.Join("\n", fromModel.OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => $"{x.Key}: {x.Value}")), string.Join("\n", fromMigrations.OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => $"{x.Key}: {x.Value}")));
        Assert.Contains("werkstaetten", fromModel.Keys);
    }

    [Fact]
    public async Task Migrating_again_applies_nothing()
    {
        var database = await NewDatabaseAsync();
        await using var db = database.NewContext();
        var migrator = new SchemaMigrator(db, Microsoft.Extensions.Logging.Abstractions.NullLogger<SchemaMigrator>.Instance);
        var first = await migrator.MigrateAsync();
        var second = await migrator.MigrateAsync();
        Assert.Contains("0001_initial", first);
        Assert.Empty(second);
    }

    [Fact]
    public async Task Member_name_is_unique_within_a_network_in_the_database_too()
    {
        var database = await NewDatabaseAsync();
        await using var db = await database.MigratedContextAsync();
        var network = Network.Create("Netzwerk Eindeutig", FederalState.Hessen, Now);
        db.Networks.Add(network);
        db.Members.Add(Member.Create(network.Id, "Stadt A", MemberLevel.Stadt, 1000, 10));
        await db.SaveChangesAsync();
        db.Members.Add(Member.Create(network.Id, "Stadt A", MemberLevel.Stadt, 2000, 20));
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    private async Task<TestDatabase> NewDatabaseAsync()
    {
        var database = await TestDatabase.CreateAsync(provider);
        _databases.Add(database);
        return database;
    }

    private static async Task<WerkstattId> SeedWerkstattAsync(TestDatabase database)
    {
        await using var db = await database.MigratedContextAsync();
        var network = Network.Create("Netzwerk Konflikt", FederalState.Bayern, Now);
        db.Networks.Add(network);
        var werkstatt = WerkstattAggregate.Plan(network.Id, "Ausgangstitel", Schedule.FromTemplate(network.Template, new DateOnly(2027, 4, 13)), Venue.Online("https://meet.example/a"), Now);
        db.Werkstaetten.Add(werkstatt);
        await db.SaveChangesAsync();
        return werkstatt.Id;
    }

    private static async Task<Dictionary<string, string>> SchemaOf(TestDatabase database)
    {
        await using var db = database.NewContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = database.Provider == SqliteWerkstattDbContext.Name
            ? """
              SELECT m.name, p.name || ' ' || p.type || ' ' || p."notnull" || ' ' || p.pk
              FROM sqlite_master m JOIN pragma_table_info(m.name) p
              WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
              UNION ALL
              SELECT tbl_name, 'index ' || name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'
              """
            : """
              SELECT table_name, column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(character_maximum_length::text, '')
              FROM information_schema.columns WHERE table_schema = 'public'
              UNION ALL
              SELECT tablename, 'index ' || indexname FROM pg_indexes WHERE schemaname = 'public'
              """;
        var schema = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var table = reader.GetString(0);
            if (!schema.TryGetValue(table, out var columns))
            {
                schema[table] = columns = [];
            }

            columns.Add(reader.GetString(1));
        }

        return schema.ToDictionary(x => x.Key, x => string.Join(", ", x.Value.Order(StringComparer.Ordinal)), StringComparer.Ordinal);
    }
}

public sealed class SqliteStoreTests() : StoreTests(SqliteWerkstattDbContext.Name);

public sealed class PostgresStoreTests() : StoreTests(PostgresWerkstattDbContext.Name);
