using System.ComponentModel.DataAnnotations;
using Werkstatt.Domain.Review;

namespace Werkstatt.Web.Pages.Werkstaetten.Einreichungen;

/// <summary>The upload form: one BPMN file and whether it is the as-is or the to-be model.</summary>
public sealed class UploadForm
{
    [Display(Name = "BPMN-Datei (.bpmn oder .xml, höchstens 10 MB)")]
    public IFormFile? File { get; set; }

    [Display(Name = "Art des Modells")]
    public ModelKind Kind { get; set; } = ModelKind.AsIs;

    public int Version { get; set; }
}
