using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Service.Common;

namespace Werkstatt.Web.Pages;

/// <summary>The one place that turns expected failures into form errors next to the field (or above the form).</summary>
public static class PageErrors
{
    /// <summary>
    /// Adds each field message under <c>prefix.Field</c> (or <c>Field</c> without a prefix); errors that name no
    /// field, and refusals of the current state, go above the form.
    /// </summary>
    public static void AddTo(ModelStateDictionary modelState, Error error, string prefix = "Input") =>
        Add(modelState, error, prefix, _ => true);

    /// <summary>
    /// Like <see cref="AddTo(ModelStateDictionary, Error, string)"/>, but a message about a field the form of
    /// <typeparamref name="TInput"/> does not have goes above the form, so it is never silently lost.
    /// </summary>
    public static void AddTo<TInput>(ModelStateDictionary modelState, Error error, string prefix = "Input") =>
        Add(modelState, error, prefix, field => typeof(TInput).GetProperty(field) is not null);

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

    private static void Add(ModelStateDictionary modelState, Error error, string prefix, Func<string, bool> onForm)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(prefix);
        if (error.Kind != ErrorKind.Validation || error.FieldMessages.Count == 0)
        {
            modelState.AddModelError(string.Empty, error.Message);
            return;
        }

        foreach (var (field, message) in error.FieldMessages)
        {
            var key = !onForm(field) ? string.Empty : prefix.Length == 0 ? field : $"{prefix}.{field}";
            modelState.AddModelError(key, message);
        }
    }
}
