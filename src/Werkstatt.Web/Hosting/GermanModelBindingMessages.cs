using Microsoft.AspNetCore.Mvc;

namespace Werkstatt.Web.Hosting;

/// <summary>German messages for form values that cannot be read at all (e.g. "abc" in a number field).</summary>
public static class GermanModelBindingMessages
{
    public static void Apply(MvcOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var m = options.ModelBindingMessageProvider;
        m.SetMissingBindRequiredValueAccessor(name => $"Bitte „{name}“ angeben.");
        m.SetMissingKeyOrValueAccessor(() => "Bitte einen Wert angeben.");
        m.SetMissingRequestBodyRequiredValueAccessor(() => "Die Anfrage enthält keine Daten.");
        m.SetValueMustNotBeNullAccessor(_ => "Bitte einen Wert angeben.");
        m.SetAttemptedValueIsInvalidAccessor((value, name) => $"„{value}“ ist für „{name}“ kein gültiger Wert.");
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"„{value}“ ist kein gültiger Wert.");
        m.SetUnknownValueIsInvalidAccessor(name => $"Der Wert für „{name}“ ist ungültig.");
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Der Wert ist ungültig.");
        m.SetValueIsInvalidAccessor(value => $"„{value}“ ist kein gültiger Wert.");
        m.SetValueMustBeANumberAccessor(name => $"„{name}“ muss eine Zahl sein.");
        m.SetNonPropertyValueMustBeANumberAccessor(() => "Bitte eine Zahl angeben.");
    }
}
