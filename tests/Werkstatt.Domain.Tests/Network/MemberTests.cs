using Werkstatt.Domain.Network;
using static Werkstatt.Domain.Tests.Support.RuleAssert;

namespace Werkstatt.Domain.Tests.Network;

public class MemberTests
{
    private static readonly NetworkId NetworkId = NetworkId.New();

    [Fact]
    public void A_member_is_created_with_a_trimmed_name()
    {
        var member = Member.Create(NetworkId, "  Stadt Moers ", MemberLevel.Stadt, 103_000, 1_200);

        Assert.Equal("Stadt Moers", member.Name);
        Assert.Equal(MemberLevel.Stadt, member.Level);
        Assert.Equal((103_000, 1_200), (member.Population, member.StaffCount));
        Assert.Equal(NetworkId, member.NetworkId);
        Assert.NotEqual(Guid.Empty, member.Id.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void A_member_needs_a_name(string? name)
    {
        var violation = AssertBrokenRule("FieldIsRequired", () => Member.Create(NetworkId, name!, MemberLevel.Kreis, 450_000, 900));

        Assert.Equal(nameof(Member.Name), violation.Field);
        Assert.Equal("Der Name der Verwaltung darf nicht leer sein.", violation.Message);
    }

    [Fact]
    public void A_name_longer_than_the_maximum_is_refused_and_the_maximum_is_fine()
    {
        var violation = AssertBrokenRule("FieldIsTooLong", () => Member.Create(NetworkId, new string('K', Member.NameMaxLength + 1), MemberLevel.Kreis, 1, 1));

        Assert.Equal(nameof(Member.Name), violation.Field);
        Assert.Equal(Member.NameMaxLength, Member.Create(NetworkId, new string('K', Member.NameMaxLength), MemberLevel.Kreis, 1, 1).Name.Length);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(Member.MaxPopulation + 1)]
    public void An_implausible_population_is_refused(int population)
    {
        var violation = AssertBrokenRule("PopulationMustBePlausible", () => Member.Create(NetworkId, "Gemeinde Alpen", MemberLevel.Gemeinde, population, 80));

        Assert.Equal(nameof(Member.Population), violation.Field);
    }

    [Fact]
    public void A_negative_staff_count_is_refused()
    {
        var violation = AssertBrokenRule("StaffCountMustBePlausible", () => Member.Create(NetworkId, "Gemeinde Alpen", MemberLevel.Gemeinde, 12_000, -5));

        Assert.Equal(nameof(Member.StaffCount), violation.Field);
    }

    [Fact]
    public void An_unknown_level_is_refused()
    {
        AssertBrokenRule("MemberLevelMustBeKnown", () => Member.Create(NetworkId, "Gemeinde Alpen", (MemberLevel)9, 12_000, 80));
    }

    [Fact]
    public void A_refused_update_changes_nothing()
    {
        var member = Member.Create(NetworkId, "Stadt Moers", MemberLevel.Stadt, 103_000, 1_200);

        AssertBrokenRule("PopulationMustBePlausible", () => member.Update("Stadt Kamp-Lintfort", MemberLevel.Stadt, -1, 500));
        AssertBrokenRule("FieldIsRequired", () => member.Update(" ", MemberLevel.Kreis, 1, 1));

        Assert.Equal(("Stadt Moers", MemberLevel.Stadt, 103_000, 1_200), (member.Name, member.Level, member.Population, member.StaffCount));
    }
}
