using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;
using Werkstatt.Service.Networks;

namespace Werkstatt.Service.Tests.Networks;

public sealed class MemberAndPersonAuthorizationTests : IAsyncLifetime
{
    private NetworkFixture _f = null!;

    public async ValueTask InitializeAsync() => _f = await NetworkFixture.CreateAsync();

    public async ValueTask DisposeAsync() => await _f.DisposeAsync();

    [Fact]
    public async Task Process_manager_may_edit_their_own_member_but_not_another()
    {
        var members = _f.Get<MemberService>();
        var own = await members.UpdateAsync(_f.ManagerOfA, _f.StadtA.Id, new MemberInput("Stadt A", MemberLevel.Stadt, 41_000, 410, 0));
        var other = await members.UpdateAsync(_f.ManagerOfA, _f.StadtB.Id, new MemberInput("Stadt B übernommen", MemberLevel.Stadt, 1, 1, 0));

        Assert.True(own.IsSuccess);
        Assert.Equal(41_000, own.Value.Population);
        Assert.Equal(ErrorKind.Forbidden, other.Error?.Kind);
        var stored = await members.GetAsync(_f.Coordinator, _f.StadtB.Id);
        Assert.Equal("Stadt B", stored.Value!.Name);
    }

    [Fact]
    public async Task Expert_may_not_edit_even_their_own_member()
    {
        var result = await _f.Get<MemberService>().UpdateAsync(_f.ExpertOfA, _f.StadtA.Id, new MemberInput("Stadt A", MemberLevel.Stadt, 1, 1, 0));
        Assert.Equal(ErrorKind.Forbidden, result.Error?.Kind);
    }

    [Fact]
    public async Task Only_coordinators_add_members()
    {
        var members = _f.Get<MemberService>();
        var byManager = await members.CreateAsync(_f.ManagerOfA, _f.Network.Id, new MemberInput("Gemeinde C", MemberLevel.Gemeinde, 5000, 50));
        var byOutsider = await members.CreateAsync(NetworkFixture.Outsider, _f.Network.Id, new MemberInput("Gemeinde C", MemberLevel.Gemeinde, 5000, 50));
        var byCoordinator = await members.CreateAsync(_f.Coordinator, _f.Network.Id, new MemberInput("Gemeinde C", MemberLevel.Gemeinde, 5000, 50));

        Assert.Equal(ErrorKind.Forbidden, byManager.Error?.Kind);
        Assert.Equal(ErrorKind.Forbidden, byOutsider.Error?.Kind);
        Assert.True(byCoordinator.IsSuccess);
    }

    [Fact]
    public async Task Duplicate_member_name_is_refused_with_a_field_message()
    {
        var result = await _f.Get<MemberService>().CreateAsync(_f.Coordinator, _f.Network.Id, new MemberInput("Stadt A", MemberLevel.Stadt, 1, 1));
        Assert.Equal(ErrorKind.Validation, result.Error?.Kind);
        Assert.Equal("Name", result.Error?.Field);
        Assert.Contains("gibt es in diesem Netzwerk schon", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_manager_registers_experts_for_their_own_member_only()
    {
        var people = _f.Get<PersonService>();
        var own = await people.CreateAsync(_f.ManagerOfA, _f.Network.Id, new PersonInput(_f.StadtA.Id, "Erika Expertin", "erika@stadt-a.example", "Standesamt", Role.Expert, "ein-langes-passwort-1"));
        var other = await people.CreateAsync(_f.ManagerOfA, _f.Network.Id, new PersonInput(_f.StadtB.Id, "Fremde Person", "fremd@stadt-b.example", null));
        var coordinatorRole = await people.CreateAsync(_f.ManagerOfA, _f.Network.Id, new PersonInput(_f.StadtA.Id, "Macht Gern", "macht@stadt-a.example", null, Role.Coordinator, "ein-langes-passwort-1"));

        Assert.True(own.IsSuccess, own.Error?.Message);
        Assert.Equal(ErrorKind.Forbidden, other.Error?.Kind);
        Assert.Equal(ErrorKind.Forbidden, coordinatorRole.Error?.Kind);
        var listed = await people.ListAsync(_f.Coordinator, _f.Network.Id);
        Assert.Equal(["Erika Expertin"], listed.Value!.Select(p => p.Name));
    }

    [Fact]
    public async Task A_failed_login_creation_leaves_no_person_behind()
    {
        var people = _f.Get<PersonService>();
        var result = await people.CreateAsync(_f.Coordinator, _f.Network.Id, new PersonInput(_f.StadtA.Id, "Kurz Passwort", "kurz@stadt-a.example", null, Role.ProcessManager, "kurz"));

        Assert.Equal(ErrorKind.Validation, result.Error?.Kind);
        Assert.Equal("Password", result.Error?.Field);
        Assert.Contains("mindestens 10 Zeichen", result.Error!.Message, StringComparison.Ordinal);
        Assert.Empty((await people.ListAsync(_f.Coordinator, _f.Network.Id)).Value!);
    }

    [Fact]
    public async Task Process_manager_role_without_member_is_refused()
    {
        var result = await _f.Get<PersonService>().CreateAsync(_f.Coordinator, _f.Network.Id, new PersonInput(null, "Ohne Verwaltung", "ohne@netz.example", null, Role.ProcessManager, "ein-langes-passwort-1"));
        Assert.Equal(ErrorKind.Validation, result.Error?.Kind);
        Assert.Equal("MemberId", result.Error?.Field);
    }

    [Fact]
    public async Task A_process_manager_login_cannot_be_moved_out_of_its_member()
    {
        var people = _f.Get<PersonService>();
        var person = (await people.CreateAsync(_f.Coordinator, _f.Network.Id, new PersonInput(_f.StadtA.Id, "Gebunden", "gebunden@stadt-a.example", null, Role.ProcessManager, "ein-langes-passwort-1"))).Value!;

        var moved = await people.UpdateAsync(_f.Coordinator, person.Id, new PersonInput(null, "Gebunden", "gebunden@stadt-a.example", null, Version: person.Version));

        Assert.Equal(ErrorKind.Validation, moved.Error?.Kind);
        Assert.Equal("MemberId", moved.Error?.Field);
        Assert.Equal(_f.StadtA.Id, (await people.GetAsync(_f.Coordinator, person.Id)).Value!.MemberId);
    }

    [Fact]
    public async Task Actor_reflects_the_login_role_and_member()
    {
        var people = _f.Get<PersonService>();
        var person = await people.CreateAsync(_f.Coordinator, _f.Network.Id, new PersonInput(_f.StadtB.Id, "Paula Prozess", "paula@stadt-b.example", null, Role.ProcessManager, "ein-langes-passwort-1"));
        Assert.True(person.IsSuccess, person.Error?.Message);
        var db = _f.Get<Werkstatt.Service.Persistence.WerkstattDbContext>();
        var user = db.Users.Single(u => u.Email == "paula@stadt-b.example");

        var actor = await _f.Get<Werkstatt.Service.Accounts.AccountService>().ActorForUserAsync(user.Id);

        Assert.NotNull(actor);
        Assert.Equal(_f.StadtB.Id, actor.MemberId);
        Assert.True(actor.Is(Role.ProcessManager));
        Assert.False(actor.Coordinates(_f.Network.Id));
    }
}
