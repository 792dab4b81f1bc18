using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Service.Common;

namespace Werkstatt.Web.Pages;

/// <summary>The one place that turns expected failures into form errors next to the field (or above the form).</summary>
public static class PageErrors
{
    /// <summary>Adds the error under <c>prefix.Field</c> (or <c>Field</c> without a prefix) when it names a field, else as a form-wide error.</summary>
    public static void AddTo(ModelStateDictionary modelState, Error error, string prefix = "Input")
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(prefix);
        var key = error.Field is null || error.Kind != ErrorKind.Validation
            ? string.Empty
            : prefix.Length == 0 ? error.Field : $"{prefix}.{error.Field}";
        modelState.AddModelError(key, error.Message);
    }

    /// <summary>
    /// Like <see cref="AddTo(ModelStateDictionary, Error, string)"/>, but an error about a field the form of
    /// <typeparamref name="TInput"/> does not have goes above the form, so it is never silently lost.
    /// </summary>
    public static void AddTo<TInput>(ModelStateDictionary modelState, Error error, string prefix = "Input")
    {
        ArgumentNullException.ThrowIfNull(error);
        var onForm = error.Field is { } field && typeof(TInput).GetProperty(field) is not null;
        AddTo(modelState, onForm ? error : error with { Field = null }, prefix);
    }

    /// <summary>403 or 404 for failures no form can show; null when the page should show the error itself.</summary>
    public static IActionResult? Refusal(PageModel page, Error error)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(error);
        return error.Kind switch
        {
            ErrorKind.Forbidden => page.Forbid(),
            ErrorKind.NotFound => page.NotFound(),
            _ => null,
        };
    }
}
