using Werkstatt.Domain.Common;
using static Werkstatt.Domain.Tests.Support.RuleAssert;

namespace Werkstatt.Domain.Tests.Common;

public class TextTests
{
    [Fact]
    public void Required_trims_and_accepts_exactly_the_maximum()
    {
        Assert.Equal("abc", Text.Required("  abc \t", 3, "Field", "Das Feld"));
    }

    [Fact]
    public void Required_refuses_text_over_the_maximum_with_a_German_message()
    {
        var violation = AssertBrokenRule("FieldIsTooLong", () => Text.Required("abcd", 3, "Field", "Das Feld"));

        Assert.Equal("Das Feld darf höchstens 3 Zeichen lang sein.", violation.Message);
        Assert.Equal("Field", violation.Field);
    }

    [Theory]
    [InlineData("a\u0000b")]
    [InlineData("a\nb")]
    public void Required_refuses_control_characters_inside_the_text(string value)
    {
        AssertBrokenRule("FieldHasControlCharacters", () => Text.Required(value, 10, "Field", "Das Feld"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t ")]
    public void Optional_turns_blank_into_null(string? value)
    {
        Assert.Null(Text.Optional(value, 10, "Field", "Das Feld"));
    }
}
