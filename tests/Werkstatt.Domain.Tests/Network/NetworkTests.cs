using Werkstatt.Domain.Calendar;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Tests.Support;
using static Werkstatt.Domain.Tests.Support.RuleAssert;
using NetworkAggregate = Werkstatt.Domain.Network.Network;

namespace Werkstatt.Domain.Tests.Network;

public class NetworkTests
{
    private static readonly DateTimeOffset Now = Utc.At("2026-01-05T09:00Z");

    [Fact]
    public void A_new_network_has_a_trimmed_name_its_state_and_the_default_template()
    {
        var network = NetworkAggregate.Create(" Prozessmanagement@ERK ", FederalState.NordrheinWestfalen, Now);

        Assert.Equal("Prozessmanagement@ERK", network.Name);
        Assert.Equal(FederalState.NordrheinWestfalen, network.FederalState);
        Assert.Same(ScheduleTemplate.Default, network.Template);
        Assert.Equal(Now, network.CreatedAt);
    }

    [Theory]
    [InlineData("", "FieldIsRequired")]
    [InlineData("Netz\u0007werk", "FieldHasControlCharacters")]
    public void A_network_name_must_be_filled_and_printable(string name, string rule)
    {
        var violation = AssertBrokenRule(rule, () => NetworkAggregate.Create(name, FederalState.Berlin, Now));

        Assert.Equal(nameof(NetworkAggregate.Name), violation.Field);
    }

    [Fact]
    public void Renaming_to_an_empty_name_keeps_the_old_one()
    {
        var network = NetworkAggregate.Create("Prozessmanagement@ERK", FederalState.NordrheinWestfalen, Now);

        AssertBrokenRule("FieldIsRequired", () => network.Rename(" "));

        Assert.Equal("Prozessmanagement@ERK", network.Name);
    }
}
