using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Service.Privacy;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Pages.Einstellungen;

/// <summary>„Meine Daten“: what Werkstatt stores about the logged-in person, downloadable as JSON.</summary>
public sealed class DatenschutzModel(ActorAccessor actors, PersonDataService data) : PageModel
{
    public bool HasPerson { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        HasPerson = await data.PersonOfAsync(await actors.RequireAsync(cancellationToken), cancellationToken) is not null;

    public async Task<IActionResult> OnPostExportAsync(CancellationToken cancellationToken)
    {
        var actor = await actors.RequireAsync(cancellationToken);
        if (await data.PersonOfAsync(actor, cancellationToken) is not { } person)
        {
            return NotFound();
        }

        var export = await data.ExportAsync(actor, person, cancellationToken);
        if (!export.IsSuccess)
        {
            return PageErrors.Refusal(this, export.Error) ?? BadRequest();
        }

        return File(Encoding.UTF8.GetBytes(export.Value.Json), "application/json; charset=utf-8", export.Value.FileName);
    }
}
