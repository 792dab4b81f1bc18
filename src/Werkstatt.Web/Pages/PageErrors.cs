using Microsoft.AspNetCore.Mvc.ModelBinding;
using Werkstatt.Service.Common;

namespace Werkstatt.Web.Pages;

/// <summary>The one place that turns expected failures into form errors next to the field (or above the form).</summary>
public static class PageErrors
{
    /// <summary>Adds the error under <c>prefix.Field</c> when it names a field, else as a form-wide error.</summary>
    public static void AddTo(ModelStateDictionary modelState, Error error, string prefix = "Input")
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(error);
        if (error.Kind != ErrorKind.Validation || error.FieldMessages.Count == 0)
        {
            modelState.AddModelError(string.Empty, error.Message);
            return;
        }

        foreach (var (field, message) in error.FieldMessages)
        {
            modelState.AddModelError($"{prefix}.{field}", message);
        }
    }
}
