using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;
using Werkstatt.Service.Library;
using Werkstatt.Web.Api.Dtos;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Api;

/// <summary>The process library: search, entry, re-use ("Nachnutzung") and downloads; always within the caller's network.</summary>
public static class LibraryEndpoints
{
    public static void MapLibrary(IEndpointRouteBuilder app)
    {
        var library = app.MapGroup("/api/v1/library").RequireAuthorization().WithTags("Bibliothek");
        library.MapGet("/", async (
            Guid? networkId, string? q, string? topic, MemberLevel? level, string? leika, Guid? member, Guid? werkstatt, DateOnly? from, DateOnly? to, int? limit,
            ActorAccessor actors, LibraryService service, CancellationToken ct) =>
        {
            var actor = await actors.RequireAsync(ct);
            if ((networkId ?? actor.NetworkId?.Value) is not { } network || network == Guid.Empty)
            {
                return ApiResults.Problem(Error.Validation("networkId", "Bitte das Netzwerk angeben (networkId)."));
            }

            var query = new LibraryQuery(q, topic, level, leika, member, werkstatt, from, to, limit ?? 50);
            return ApiResults.From(await service.SearchAsync(actor, new NetworkId(network), query, ct), Results.Ok);
        });
        library.MapGet("/{id:guid}", async (Guid id, ActorAccessor actors, LibraryService service, CancellationToken ct) =>
            ApiResults.From(await service.GetAsync(await actors.RequireAsync(ct), id, ct), v => Results.Ok(LibraryEntryDto.From(v))));
        library.MapPost("/{id:guid}/reuse", async (Guid id, ReuseInputDto dto, ActorAccessor actors, LibraryService service, CancellationToken ct) =>
            ApiExtensions.RequireVersion(dto.Version)
            ?? (dto.MemberId == Guid.Empty
                ? ApiResults.Problem(Error.Validation("memberId", "Bitte die Verwaltung angeben (memberId)."))
                : ApiResults.From(await service.RecordReuseAsync(await actors.RequireAsync(ct), id, new MemberId(dto.MemberId), dto.Version!.Value, ct), v => Results.Ok(LibraryEntryDto.From(v)))));
        library.MapGet("/{id:guid}/files/{sha256}", async (Guid id, string sha256, ActorAccessor actors, LibraryDownloads downloads, CancellationToken ct) =>
            File(await downloads.FileAsync(await actors.RequireAsync(ct), id, sha256, ct)));
        library.MapGet("/{id:guid}/versions/{number:int}/profile.pdf", async (Guid id, int number, Guid? memberId, ActorAccessor actors, LibraryDownloads downloads, CancellationToken ct) =>
            File(await downloads.ProfilePdfAsync(await actors.RequireAsync(ct), id, number, memberId, ct)));
        library.MapGet("/{id:guid}/package", async (Guid id, ActorAccessor actors, LibraryDownloads downloads, CancellationToken ct) =>
            File(await downloads.EntryPackageAsync(await actors.RequireAsync(ct), id, ct)));
        library.MapGet("/werkstaetten/{id:guid}/package", async (Guid id, ActorAccessor actors, LibraryDownloads downloads, CancellationToken ct) =>
            File(await downloads.WerkstattPackageAsync(await actors.RequireAsync(ct), id, ct)));
    }

    private static IResult File(Result<LibraryDownload> result) =>
        ApiResults.From(result, d => Results.File(d.Content, d.ContentType, d.FileName));
}
