using Werkstatt.Domain.Blueprints;
using Werkstatt.Domain.Blueprints.Rules;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Registers;
using Werkstatt.Domain.Registers.Rules;

namespace Werkstatt.Domain.Tests.Registers;

public class BlueprintAndRegisterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_blueprint_publishes_only_changes_and_keeps_groups_with_content()
    {
        var blueprint = Blueprint.Create(new NetworkId(Guid.NewGuid()), BlueprintLevel.Kreis, Now);
        var group = blueprint.AddGroup(null, "Ordnung", Now);
        Assert.Equal(nameof(PublishingNeedsChangesRule)[..^4], Assert.Throws<DomainRuleViolation>(() => blueprint.Publish(Now, "K")).Rule);
        blueprint.AddProcess(group.Key, "Waffenbesitzkarte erteilen", null, null, Now);
        Assert.Equal("NamesAreUniqueWithinAGroup", Assert.Throws<DomainRuleViolation>(() => blueprint.AddProcess(group.Key, "waffenbesitzkarte erteilen", null, null, Now)).Rule);
        Assert.Equal("LeikaKeyMustHaveFourteenDigits", Assert.Throws<DomainRuleViolation>(() => blueprint.AddProcess(group.Key, "Jagdschein", "123", null, Now)).Rule);
        Assert.Equal("ItemsSitInAnExistingGroup", Assert.Throws<DomainRuleViolation>(() => blueprint.AddProcess(Guid.NewGuid(), "Irgendwo", null, null, Now)).Rule);

        var first = blueprint.Publish(Now, "K");

        Assert.Equal((1, 1), (first.Number, first.Processes().Count));
        Assert.Equal("PublishingNeedsChanges", Assert.Throws<DomainRuleViolation>(() => blueprint.Publish(Now, "K")).Rule);
        Assert.Equal("GroupsMustBeEmptyToBeRemoved", Assert.Throws<DomainRuleViolation>(() => blueprint.RemoveItem(group.Key, Now)).Rule);
    }

    [Fact]
    public void A_town_cannot_build_from_the_kreis_blueprint_and_declined_changes_are_not_offered_again()
    {
        var blueprint = Blueprint.Create(new NetworkId(Guid.NewGuid()), BlueprintLevel.Kommune, Now);
        var group = blueprint.AddGroup(null, "Bürgerservice", Now);
        var process = blueprint.AddProcess(group.Key, "Wohnsitz anmelden", null, null, Now);
        var v1 = blueprint.Publish(Now, "K");
        Assert.Equal(
            DomainRuleViolation.RuleName(typeof(RegisterIsBuiltFromTheBlueprintOfItsLevelRule)),
            Assert.Throws<DomainRuleViolation>(() => Register.CreateFrom(blueprint.NetworkId, MemberId.New(), MemberLevel.Kreis, v1, Now, "PM")).Rule);
        var register = Register.CreateFrom(blueprint.NetworkId, MemberId.New(), MemberLevel.Gemeinde, v1, Now, "PM");

        blueprint.ChangeItem(process.Key, "Wohnsitz anmelden (Zuzug)", null, null, Now);
        var v2 = blueprint.Publish(Now, "K");
        var change = Assert.Single(BlueprintChanges.Between(register, v2));
        register.DeclineChange(v2, change.Kind, change.ItemKey, Now, "PM");

        Assert.Empty(BlueprintChanges.Between(register, v2));
        Assert.Equal(2, register.BlueprintVersion);
        Assert.Equal("Wohnsitz anmelden", register.Entries.Single().Name);
        blueprint.ChangeItem(process.Key, "Anmeldung einer Wohnung", null, null, Now);
        Assert.Equal("Anmeldung einer Wohnung", Assert.Single(BlueprintChanges.Between(register, blueprint.Publish(Now, "K"))).NewName);
    }

    [Theory]
    [InlineData(AttributeKind.Number, "1.234,5", "1234.5")]
    [InlineData(AttributeKind.Date, "29.02.2028", "2028-02-29")]
    [InlineData(AttributeKind.Choice, "meso", "MESO")]
    [InlineData(AttributeKind.Text, "  frei  ", "frei")]
    public void Own_attribute_values_are_read_the_german_way_and_stored_invariant(AttributeKind kind, string input, string stored)
    {
        var register = Register.CreateFrom(new NetworkId(Guid.NewGuid()), MemberId.New(), MemberLevel.Stadt, Release(), Now, "PM");
        var definition = register.DefineAttribute("Merkmal", kind, ["MESO", "VOIS"], Now, "PM");

        register.SetValues(register.Entries[0].Id, new Dictionary<Guid, string?> { [definition.Id] = input }, Now, "PM");

        Assert.Equal(stored, register.Entries[0].Values[definition.Id]);
        var bad = Assert.Throws<DomainRuleViolation>(() => register.SetValues(
            register.Entries[0].Id, new Dictionary<Guid, string?> { [definition.Id] = kind == AttributeKind.Text ? new string('x', 501) : "31.02.2028 x" }, Now, "PM"));
        Assert.True(bad.Rule is "AttributeValueMustMatchItsKind" or "FieldIsTooLong", bad.Rule);
        Assert.Equal(stored, register.Entries[0].Values[definition.Id]);
    }

    [Fact]
    public void Blueprint_entries_are_struck_with_a_reason_and_only_own_ones_are_deleted()
    {
        var register = Register.CreateFrom(new NetworkId(Guid.NewGuid()), MemberId.New(), MemberLevel.Stadt, Release(), Now, "PM");
        var entry = register.Entries[0];
        Assert.Equal("FieldIsRequired", Assert.Throws<DomainRuleViolation>(() => register.Strike(entry.Id, "", Now, "PM")).Rule);
        Assert.Equal("OnlyOwnEntriesCanBeDeleted", Assert.Throws<DomainRuleViolation>(() => register.DeleteOwn(entry.Id, Now, "PM")).Rule);
        var own = register.AddOwn("Kultur", "Stadtarchiv", null, null, Now, "PM");

        register.DeleteOwn(own.Id, Now, "PM");
        register.Strike(entry.Id, "Fällt nicht an.", Now, "PM");

        Assert.Equal((1, true), (register.Entries.Count, register.Entries[0].IsStruck));
    }

    private static BlueprintRelease Release()
    {
        var blueprint = Blueprint.Create(new NetworkId(Guid.NewGuid()), BlueprintLevel.Kommune, Now);
        blueprint.AddProcess(blueprint.AddGroup(null, "Bürgerservice", Now).Key, "Wohnsitz anmelden", null, null, Now);
        return blueprint.Publish(Now, "K");
    }
}
