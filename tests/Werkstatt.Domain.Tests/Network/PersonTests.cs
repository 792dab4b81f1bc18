using Werkstatt.Domain.Network;
using static Werkstatt.Domain.Tests.Support.RuleAssert;

namespace Werkstatt.Domain.Tests.Network;

public class PersonTests
{
    private static readonly NetworkId NetworkId = NetworkId.New();
    private static readonly MemberId MemberId = MemberId.New();

    [Fact]
    public void A_person_is_created_with_a_trimmed_name_and_a_lower_case_email()
    {
        var person = Person.Create(NetworkId, MemberId, " Erika Mustermann ", "  Erika.Mustermann@Kreis-Wesel.DE ", " Bürgerservice ");

        Assert.Equal("Erika Mustermann", person.Name);
        Assert.Equal("erika.mustermann@kreis-wesel.de", person.Email);
        Assert.Equal("Bürgerservice", person.Function);
        Assert.Equal(MemberId, person.MemberId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_function_is_stored_as_none(string function)
    {
        Assert.Null(Person.Create(NetworkId, MemberId, "Erika", "erika@moers.de", function).Function);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void A_person_needs_a_name(string name)
    {
        var violation = AssertBrokenRule("FieldIsRequired", () => Person.Create(NetworkId, MemberId, name, "erika@moers.de", null));

        Assert.Equal(nameof(Person.Name), violation.Field);
    }

    [Fact]
    public void A_name_longer_than_the_maximum_is_refused()
    {
        var violation = AssertBrokenRule("FieldIsTooLong", () => Person.Create(NetworkId, MemberId, new string('E', Person.NameMaxLength + 1), "erika@moers.de", null));

        Assert.Equal(nameof(Person.Name), violation.Field);
    }

    [Theory]
    [InlineData("erika.moers.de")] // no @
    [InlineData("erika mustermann@moers.de")] // space
    [InlineData("erika@mo ers.de")]
    [InlineData("erika@@moers.de")] // two @
    [InlineData("erika@moers@kreis.de")]
    [InlineData("@moers.de")]
    [InlineData("erika@")]
    [InlineData("erika@moers")] // no dot in the domain
    [InlineData("erika@.moers.de")]
    [InlineData("erika@moers.de.")]
    [InlineData("Erika <erika@moers.de>")]
    public void Invalid_email_addresses_are_refused(string email)
    {
        var violation = AssertBrokenRule("EmailMustBeValid", () => Person.Create(NetworkId, MemberId, "Erika", email, null));

        Assert.Equal(nameof(Person.Email), violation.Field);
    }

    [Fact]
    public void An_empty_email_is_required_rather_than_invalid()
    {
        var violation = AssertBrokenRule("FieldIsRequired", () => Person.Create(NetworkId, MemberId, "Erika", "  ", null));

        Assert.Equal(nameof(Person.Email), violation.Field);
    }

    [Fact]
    public void An_email_longer_than_254_characters_is_refused()
    {
        var email = new string('e', 250) + "@moers.de";

        AssertBrokenRule("FieldIsTooLong", () => Person.NormalizeEmail(email));
    }

    [Fact]
    public void A_refused_update_changes_nothing()
    {
        var person = Person.Create(NetworkId, MemberId, "Erika Mustermann", "erika@moers.de", "Bürgerservice");

        AssertBrokenRule("EmailMustBeValid", () => person.Update(null, "Erika Musterfrau", "keine-adresse", "Ordnungsamt"));

        Assert.Equal(
            ("Erika Mustermann", "erika@moers.de", "Bürgerservice", (MemberId?)MemberId),
            (person.Name, person.Email, person.Function, person.MemberId));
    }

    [Theory]
    [InlineData(Role.ProcessManager)]
    [InlineData(Role.Expert)]
    public void A_role_bound_to_a_member_needs_a_member(Role role)
    {
        var person = Person.Create(NetworkId, memberId: null, "Max Berater", "max@beratung.de", null);

        var violation = AssertBrokenRule<RoleBoundToMemberNeedsMemberRule>(() => person.EnsureCanHold(role));

        Assert.Contains($"„{role.GermanName()}“", violation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Role.Coordinator)]
    [InlineData(Role.QualityReviewer)]
    [InlineData(Role.Admin)]
    public void Network_roles_need_no_member(Role role)
    {
        var person = Person.Create(NetworkId, memberId: null, "Max Berater", "max@beratung.de", null);

        person.EnsureCanHold(role);

        Assert.Null(person.MemberId);
    }

    [Fact]
    public void A_process_manager_with_a_member_is_fine()
    {
        var person = Person.Create(NetworkId, MemberId, "Erika Mustermann", "erika@moers.de", null);

        person.EnsureCanHold(Role.ProcessManager);

        Assert.Equal(MemberId, person.MemberId);
    }
}
