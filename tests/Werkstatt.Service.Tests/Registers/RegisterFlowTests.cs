using Werkstatt.Domain.Blueprints;
using Werkstatt.Domain.Registers;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Registers;
using Werkstatt.Service.Tests.Networks;
using static Werkstatt.Service.Tests.Registers.RegisterWorld;

namespace Werkstatt.Service.Tests.Registers;

/// <summary>Registers from blueprints through the real services, once per provider.</summary>
public abstract class RegisterFlowTests(string provider) : IAsyncLifetime
{
    private RegisterWorld _w = null!;

    public async ValueTask InitializeAsync() => _w = await RegisterWorld.CreateAsync(provider);

    public async ValueTask DisposeAsync() => await _w.DisposeAsync();

    [Fact]
    public async Task A_register_is_built_from_the_blueprint_then_struck_extended_renamed_and_described()
    {
        var registers = _w.Get<RegisterService>();
        var register = await _w.RegisterOfAAsync();
        Assert.Equal(91, register.Entries.Count);
        Assert.All(register.Entries, e => Assert.NotNull(e.BlueprintKey));
        var meldung = register.Entries.First(e => e.Name == "Wohnsitz anmelden");
        Assert.Equal("Bürgerservice › Meldewesen", meldung.Group);
        var gewerbe = register.Entries.First(e => e.Name == "Gewerbe anmelden");

        register = Ok(await registers.StrikeAsync(_w.Net.ManagerOfA, _w.Net.StadtA.Id, gewerbe.Id, "Erledigt der Kreis für uns.", register.Version));
        Assert.Equal("FieldIsRequired", (await registers.StrikeAsync(_w.Net.ManagerOfA, _w.Net.StadtA.Id, meldung.Id, " ", register.Version)).Error?.Code);
        register = Ok(await registers.AddOwnAsync(_w.Net.ManagerOfA, _w.Net.StadtA.Id, "Kultur und Freizeit", "Stadtarchiv: Anfragen bearbeiten", null, "Eigene Aufgabe", register.Version));
        register = Ok(await registers.RenameAsync(_w.Net.ManagerOfA, _w.Net.StadtA.Id, meldung.Id, "Zuzug anmelden", register.Version));
        var definition = Ok(await registers.DefineAttributeAsync(_w.Net.ManagerOfA, _w.Net.StadtA.Id, "Fachverfahren", AttributeKind.Choice, ["MESO", "VOIS"], register.Version)).Definitions.Single();
        register = await _w.CurrentAsync(_w.Net.StadtA.Id);
        var bad = await registers.SetAttributesAsync(_w.Net.ManagerOfA, _w.Net.StadtA.Id, meldung.Id, new EntryAttributes("Bürgerbüro", "Frau Öztürk", 4200, RegisterPriority.High, ProcessStatus.Modelled, null), new Dictionary<Guid, string?> { [definition.Id] = "Excel" }, register.Version);
        Assert.Equal("AttributeValueMustMatchItsKind", bad.Error?.Code);
        register = Ok(await registers.SetAttributesAsync(_w.Net.ManagerOfA, _w.Net.StadtA.Id, meldung.Id, new EntryAttributes("Bürgerbüro", "Frau Öztürk", 4200, RegisterPriority.High, ProcessStatus.Modelled, null), new Dictionary<Guid, string?> { [definition.Id] = "meso" }, register.Version));

        var stored = await _w.CurrentAsync(_w.Net.StadtA.Id);
        Assert.Equal(92, stored.Entries.Count);
        var entry = stored.Entry(meldung.Id);
        Assert.Equal(("Zuzug anmelden", "Wohnsitz anmelden", 4200, ProcessStatus.Modelled, "MESO"), (entry.Name, entry.BaseName, entry.CaseVolume!.Value, entry.Status, entry.Values[definition.Id]));
        Assert.True(stored.Entry(gewerbe.Id).IsStruck);
        Assert.Equal("Erledigt der Kreis für uns.", stored.Entry(gewerbe.Id).StrikeReason);
        Assert.Single(stored.Entries, e => e.IsOwn);
        Assert.Equal("ConcurrencyConflict", (await registers.RenameAsync(_w.Net.ManagerOfA, _w.Net.StadtA.Id, meldung.Id, "Alt", register.Version - 1)).Error?.Code);
    }

    [Fact]
    public async Task A_new_blueprint_version_is_offered_per_item_and_never_overwrites_the_members_own_changes()
    {
        var registers = _w.Get<RegisterService>();
        var register = await _w.RegisterOfAAsync();
        var room = register.Entries.First(e => e.Name == "Raum buchen");
        var fund = register.Entries.First(e => e.Name == "Fundsache abgeben und herausgeben");
        var hund = register.Entries.First(e => e.Name == "Hund anmelden");
        register = Ok(await registers.RenameAsync(_w.Net.ManagerOfA, _w.Net.StadtA.Id, room.Id, "Sitzungsräume reservieren", register.Version));
        register = Ok(await registers.SetAttributesAsync(_w.Net.ManagerOfA, _w.Net.StadtA.Id, hund.Id, new EntryAttributes("Steueramt", null, 800, RegisterPriority.Low, ProcessStatus.Optimised, null), new Dictionary<Guid, string?>(), register.Version));

        var blueprints = _w.Get<BlueprintService>();
        var bp = _w.Blueprint;
        var group = bp.Items.First(i => i.Name == "Zentrale Dienste").Key;
        bp = Ok(await blueprints.AddProcessAsync(_w.Net.Coordinator, bp.Id, group, "Hinweisgebermeldung bearbeiten", null, null, bp.Version));
        bp = Ok(await blueprints.ChangeItemAsync(_w.Net.Coordinator, bp.Id, room.BlueprintKey!.Value, "Räume buchen", null, null, bp.Version));
        bp = Ok(await blueprints.ChangeItemAsync(_w.Net.Coordinator, bp.Id, hund.BlueprintKey!.Value, "Hund zur Steuer anmelden", null, null, bp.Version));
        bp = Ok(await blueprints.RemoveItemAsync(_w.Net.Coordinator, bp.Id, fund.BlueprintKey!.Value, bp.Version));
        Ok(await blueprints.PublishAsync(_w.Net.Coordinator, bp.Id, bp.Version));

        var view = Ok(await registers.GetAsync(_w.Net.ManagerOfA, _w.Net.StadtA.Id));
        Assert.Equal(2, view.Latest!.Number);
        Assert.Equal(
            ["Added:Hinweisgebermeldung bearbeiten", "Removed:", "Renamed:Hund zur Steuer anmelden", "Renamed:Räume buchen"],
            view.Pending.Select(c => $"{c.Kind}:{c.NewName}").Order(StringComparer.Ordinal));
        Assert.True(view.Pending.Single(c => c.NewName == "Räume buchen").MemberRenamed);

        var v = view.Register!.Version;
        v = Ok(await registers.ApplyChangeAsync(_w.Net.ManagerOfA, _w.Net.StadtA.Id, BlueprintChangeKind.Renamed, room.BlueprintKey.Value, v)).Version;
        v = Ok(await registers.ApplyChangeAsync(_w.Net.ManagerOfA, _w.Net.StadtA.Id, BlueprintChangeKind.Renamed, hund.BlueprintKey.Value, v)).Version;
        v = Ok(await registers.ApplyChangeAsync(_w.Net.ManagerOfA, _w.Net.StadtA.Id, BlueprintChangeKind.Added, view.Pending.Single(c => c.Kind == BlueprintChangeKind.Added).ItemKey, v)).Version;
        var again = await registers.ApplyChangeAsync(_w.Net.ManagerOfA, _w.Net.StadtA.Id, BlueprintChangeKind.Renamed, room.BlueprintKey.Value, v);
        Assert.Equal("BlueprintChangeMustStillBePending", again.Error?.Code);
        Assert.Equal(1, (await _w.CurrentAsync(_w.Net.StadtA.Id)).BlueprintVersion);
        var done = Ok(await registers.DeclineChangeAsync(_w.Net.ManagerOfA, _w.Net.StadtA.Id, BlueprintChangeKind.Removed, fund.BlueprintKey.Value, v));

        Assert.Equal(2, done.BlueprintVersion);
        Assert.Equal(("Sitzungsräume reservieren", "Räume buchen"), (done.Entry(room.Id).Name, done.Entry(room.Id).BaseName));
        var renamedHund = done.Entry(hund.Id);
        Assert.Equal(("Hund zur Steuer anmelden", "Steueramt", ProcessStatus.Optimised, 800), (renamedHund.Name, renamedHund.OwnerUnit, renamedHund.Status, renamedHund.CaseVolume!.Value));
        Assert.False(done.Entry(fund.Id).IsStruck);
        Assert.Contains(done.Entries, e => e.Name == "Hinweisgebermeldung bearbeiten");
        Assert.Empty(Ok(await registers.GetAsync(_w.Net.ManagerOfA, _w.Net.StadtA.Id)).Pending);
    }

    [Fact]
    public async Task Only_own_people_and_the_coordinator_read_a_register_until_the_member_shares_it()
    {
        var registers = _w.Get<RegisterService>();
        var register = await _w.RegisterOfAAsync();
        Assert.True((await registers.GetAsync(_w.Net.ExpertOfA, _w.Net.StadtA.Id)).IsSuccess);
        Assert.True((await registers.GetAsync(_w.Net.Coordinator, _w.Net.StadtA.Id)).IsSuccess);
        Assert.Equal(ErrorKind.Forbidden, (await registers.GetAsync(_w.ManagerOfB, _w.Net.StadtA.Id)).Error?.Kind);
        Assert.Equal(ErrorKind.Forbidden, (await registers.GetAsync(NetworkFixture.Outsider, _w.Net.StadtA.Id)).Error?.Kind);
        Assert.Equal(ErrorKind.Forbidden, (await registers.SetSharedAsync(_w.Net.ExpertOfA, _w.Net.StadtA.Id, true, register.Version)).Error?.Kind);
        var network = Ok(await _w.Get<NetworkRegisterService>().GetAsync(_w.ManagerOfB, _w.Net.Network.Id));
        Assert.Equal((1, 91), (network.WithRegister, network.Active));
        Assert.Empty(network.Readable);

        register = Ok(await registers.SetSharedAsync(_w.Net.ManagerOfA, _w.Net.StadtA.Id, true, register.Version));

        Assert.True((await registers.GetAsync(_w.ManagerOfB, _w.Net.StadtA.Id)).IsSuccess);
        Assert.Single(Ok(await _w.Get<NetworkRegisterService>().GetAsync(_w.ManagerOfB, _w.Net.Network.Id)).Readable);
        Assert.Equal(ErrorKind.Forbidden, (await registers.StrikeAsync(_w.ManagerOfB, _w.Net.StadtA.Id, register.Entries[0].Id, "fremd", register.Version)).Error?.Kind);
        Assert.Equal(ErrorKind.Forbidden, (await registers.GetAsync(NetworkFixture.Outsider, _w.Net.StadtA.Id)).Error?.Kind);
    }

    [Fact]
    public async Task A_coordinator_turns_what_most_members_lack_into_a_topic()
    {
        var registers = _w.Get<RegisterService>();
        var a = await _w.RegisterOfAAsync();
        var b = Ok(await registers.CreateAsync(_w.ManagerOfB, _w.Net.StadtB.Id));
        var hund = b.Entries.First(e => e.Name == "Hund anmelden");
        Ok(await registers.SetAttributesAsync(_w.ManagerOfB, _w.Net.StadtB.Id, hund.Id, new EntryAttributes(null, null, null, null, ProcessStatus.Modelled, null), new Dictionary<Guid, string?>(), b.Version));
        var meldung = a.Entries.First(e => e.Name == "Wohnsitz anmelden");
        Ok(await registers.SetAttributesAsync(_w.Net.ManagerOfA, _w.Net.StadtA.Id, meldung.Id, new EntryAttributes(null, null, 90_000, null, ProcessStatus.Recorded, null), new Dictionary<Guid, string?>(), a.Version));

        var view = Ok(await _w.Get<NetworkRegisterService>().GetAsync(_w.Net.Coordinator, _w.Net.Network.Id));
        Assert.Equal("Wohnsitz anmelden", view.Proposals[0].Name);
        Assert.Equal((2, 2), (view.Proposals[0].Lacking, view.Proposals[0].Having));
        Assert.DoesNotContain(view.Proposals, p => p.Name == "Hund anmelden");

        var werkstatt = await PlanCollectingAsync();
        Assert.Equal(ErrorKind.Forbidden, (await _w.Get<NetworkRegisterService>().ProposeTopicAsync(_w.Net.ManagerOfA, _w.Net.Network.Id, view.Proposals[0].Key, werkstatt)).Error?.Kind);
        var topic = Ok(await _w.Get<NetworkRegisterService>().ProposeTopicAsync(_w.Net.Coordinator, _w.Net.Network.Id, view.Proposals[0].Key, werkstatt));
        Assert.Equal("Wohnsitz anmelden", topic.Title);
        Assert.Contains("2 von 2 Verwaltungen", topic.Description, StringComparison.Ordinal);
    }

    private async Task<Werkstatt.Domain.Cycle.WerkstattId> PlanCollectingAsync()
    {
        var service = _w.Get<Werkstatt.Service.Werkstaetten.WerkstattService>();
        var plan = Ok(await service.PlanAsync(_w.Net.Coordinator, new Werkstatt.Service.Werkstaetten.PlanWerkstatt(_w.Net.Network.Id, "Werkstatt Register", new DateOnly(2027, 9, 14), 2, Werkstatt.Domain.Cycle.WorkshopFormat.Online, "https://meet.example/r", null)));
        Ok(await service.MoveAsync(_w.Net.Coordinator, plan.Werkstatt.Id, Werkstatt.Domain.Cycle.Phase.TopicCollection, plan.Werkstatt.Version));
        return plan.Werkstatt.Id;
    }
}

public sealed class SqliteRegisterFlowTests() : RegisterFlowTests(SqliteWerkstattDbContext.Name);

public sealed class PostgresRegisterFlowTests() : RegisterFlowTests(PostgresWerkstattDbContext.Name);
