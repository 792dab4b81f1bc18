using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Dossiers;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Api;

/// <summary>
/// The pre-read dossier of a Werkstatt: state and versions, the coordinator's release, the PDF (latest, a version, or
/// personal with <c>?person=</c>). Members of the network only; older versions for coordinators.
/// </summary>
public static class DossierEndpoints
{
    public static void MapDossiers(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/werkstaetten/{id:guid}/dossier").RequireAuthorization().WithTags("Vorabunterlagen");
        group.MapGet("/", async (Guid id, ActorAccessor actors, DossierService service, CancellationToken ct) =>
            ApiResults.From(await service.GetAsync(await actors.RequireAsync(ct), new WerkstattId(id), ct), Results.Ok));
        group.MapPost("/release", async (Guid id, ActorAccessor actors, DossierService service, CancellationToken ct) =>
            ApiResults.From(await service.ReleaseAsync(await actors.RequireAsync(ct), new WerkstattId(id), ct), v => Results.Accepted($"/api/v1/werkstaetten/{id}/dossier", v)));
        group.MapGet("/pdf", async (Guid id, int? version, Guid? person, ActorAccessor actors, DossierService service, CancellationToken ct) =>
        {
            var actor = await actors.RequireAsync(ct);
            var file = person is { } p && p != Guid.Empty
                ? await service.PersonalAsync(actor, new WerkstattId(id), new PersonId(p), ct)
                : await service.OpenAsync(actor, new WerkstattId(id), version, ct);
            return ApiResults.From(file, f => Results.File(f.Content, "application/pdf", f.FileName));
        });
    }
}
