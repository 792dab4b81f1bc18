using Werkstatt.Domain.Blueprints;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Registers;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Registers.Starter;

namespace Werkstatt.Service.Demo;

/// <summary>
/// The demo's blueprints (starter data, version 1; the town blueprint has a version 2 with a new and a renamed process,
/// so town registers show pending changes) and a register per member with a few struck, own and worked-on entries.
/// </summary>
public static class DemoRegisters
{
    private const string By = "Demo";

    private static readonly string[] StrikeReasons =
    [
        "Aufgabe liegt bei einer anderen Verwaltung.",
        "Fällt bei uns nicht an.",
        "Über einen Zweckverband erledigt.",
    ];

    private static readonly (string Group, string Name)[] OwnProcesses =
    [
        ("Zentrale Dienste", "Fördermittelcontrolling"),
        ("Ordnung", "Kampfmittelverdachtsflächen prüfen"),
        ("Kultur und Freizeit", "Stadtarchiv: Anfragen bearbeiten"),
        ("Bürgerservice", "Ehrungen und Jubiläen vorbereiten"),
    ];

    public static async Task SeedAsync(WerkstattDbContext db, Network network, IReadOnlyList<Member> members, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(members);
        var releases = new Dictionary<BlueprintLevel, BlueprintRelease>();
        var blueprints = new Dictionary<BlueprintLevel, Blueprint>();
        foreach (var level in Enum.GetValues<BlueprintLevel>())
        {
            var blueprint = Blueprint.Create(network.Id, level, now);
            StarterBlueprints.Fill(blueprint, now);
            var release = blueprint.Publish(now, By);
            db.AddRange(blueprint, release);
            releases[level] = release;
            blueprints[level] = blueprint;
        }

        await db.SaveChangesAsync(cancellationToken);
        for (var m = 0; m < members.Count; m++)
        {
            var member = members[m];
            var register = Register.CreateFrom(network.Id, member.Id, member.Level, releases[BlueprintLevels.Of(member.Level)], now, By);
            Work(register, m, now);
            db.Add(register);
        }

        await db.SaveChangesAsync(cancellationToken);
        db.Add(NextTownVersion(blueprints[BlueprintLevel.Kommune], now));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Work(Register register, int m, DateTimeOffset now)
    {
        var entries = register.Entries.ToList();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var salt = (i * 7) + (m * 13);
            if (salt % 23 == 0)
            {
                register.Strike(entry.Id, StrikeReasons[(i + m) % StrikeReasons.Length], now, By);
                continue;
            }

            var status = (salt % 11) switch
            {
                0 or 1 => ProcessStatus.Modelled,
                2 => ProcessStatus.Optimised,
                3 => ProcessStatus.Digitised,
                _ => ProcessStatus.Recorded,
            };
            RegisterPriority? priority = (salt % 5) switch { 0 => RegisterPriority.High, 1 => RegisterPriority.Medium, 2 => RegisterPriority.Low, _ => null };
            register.SetAttributes(entry.Id, new EntryAttributes(entry.Group.Split(' ')[0], null, ((salt * 37) % 2000) + 20, priority, status, null), now, By);
        }

        var own = OwnProcesses[m % OwnProcesses.Length];
        register.AddOwn(own.Group, own.Name, null, "Eigener Prozess der Verwaltung.", now, By);
        if (m % 4 == 0)
        {
            register.Rename(entries[1].Id, entries[1].Name + " (eigene Bezeichnung)", now, By);
        }

        if (m % 3 == 0)
        {
            register.SetShared(true, now, By);
        }
    }

    private static BlueprintRelease NextTownVersion(Blueprint blueprint, DateTimeOffset now)
    {
        var central = blueprint.ChildrenOf(null).First(g => g.Name == "Zentrale Dienste");
        blueprint.AddProcess(central.Key, "Hinweisgebermeldung bearbeiten", null, "Interne Meldestelle nach dem Hinweisgeberschutzgesetz", now);
        var room = blueprint.ChildrenOf(central.Key).First(p => p.Name == "Raum buchen");
        blueprint.ChangeItem(room.Key, "Räume und Säle buchen", null, room.Description, now);
        return blueprint.Publish(now, By);
    }
}
