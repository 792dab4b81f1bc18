using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Review;
using Werkstatt.Service.Common;
using Werkstatt.Service.Submissions;
using Werkstatt.Web.Api.Dtos;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Api;

/// <summary>
/// Submissions and the quality review. The API upload takes the BPMN file as the raw body (application/xml or
/// application/octet-stream), not as a form: a cross-site form cannot send those types, so the cookie-authenticated
/// API stays safe from forged uploads without an antiforgery token (the page's multipart form has one).
/// </summary>
public static class SubmissionEndpoints
{
    public static void MapSubmissions(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/werkstaetten/{id:guid}/submissions").RequireAuthorization().WithTags("Einreichungen");
        group.MapGet("/", async (Guid id, ActorAccessor actors, SubmissionOverviewService service, CancellationToken ct) =>
            ApiResults.From(await service.GetAsync(await actors.RequireAsync(ct), new WerkstattId(id), ct), o => Results.Ok(SubmissionOverviewDto.From(o))));
        group.MapGet("/{processId:guid}/{memberId:guid}", async (Guid id, Guid processId, Guid memberId, ActorAccessor actors, SubmissionService service, CancellationToken ct) =>
            Ok(await service.GetAsync(await actors.RequireAsync(ct), new WerkstattId(id), new ProcessId(processId), new MemberId(memberId), ct)));
        group.MapGet("/{processId:guid}/{memberId:guid}/profile", async (Guid id, Guid processId, Guid memberId, ActorAccessor actors, SubmissionService service, CancellationToken ct) =>
            ApiResults.From(
                await service.GetAsync(await actors.RequireAsync(ct), new WerkstattId(id), new ProcessId(processId), new MemberId(memberId), ct),
                v => v.Submission?.Profile is null ? Results.NoContent() : Results.Ok(ProfileDto.From(v.Submission.Profile, v.Version))));
        group.MapPut("/{processId:guid}/{memberId:guid}/profile", async (Guid id, Guid processId, Guid memberId, ProfileDto dto, ActorAccessor actors, SubmissionService service, CancellationToken ct) =>
            ApiExtensions.RequireVersion(dto.Version)
            ?? Ok(await service.SaveProfileAsync(await actors.RequireAsync(ct), new WerkstattId(id), new ProcessId(processId), new MemberId(memberId), dto.ToInput(), dto.Version, ct)));
        group.MapPost("/{processId:guid}/{memberId:guid}/versions", UploadAsync)
            .Accepts<byte[]>("application/xml", "application/octet-stream", "text/xml");
        group.MapGet("/{processId:guid}/{memberId:guid}/versions/{number:int}/file", async (Guid id, Guid processId, Guid memberId, int number, ActorAccessor actors, SubmissionService service, CancellationToken ct) =>
            ApiResults.From(
                await service.DownloadAsync(await actors.RequireAsync(ct), new WerkstattId(id), new ProcessId(processId), new MemberId(memberId), number, ct),
                file => Results.File(file.Content, "application/xml", file.FileName)));
        group.MapPost("/{processId:guid}/{memberId:guid}/review/start", async (Guid id, Guid processId, Guid memberId, VersionDto dto, ActorAccessor actors, ReviewService service, CancellationToken ct) =>
            ApiExtensions.RequireVersion(dto.Version)
            ?? Ok(await service.StartAsync(await actors.RequireAsync(ct), new WerkstattId(id), new ProcessId(processId), new MemberId(memberId), dto.Version, ct)));
        group.MapPost("/{processId:guid}/{memberId:guid}/review/rework", async (Guid id, Guid processId, Guid memberId, ReworkDto dto, ActorAccessor actors, ReviewService service, CancellationToken ct) =>
            ApiExtensions.RequireVersion(dto.Version)
            ?? Ok(await service.RequestReworkAsync(
                await actors.RequireAsync(ct), new WerkstattId(id), new ProcessId(processId), new MemberId(memberId),
                (dto.Comments ?? []).Select(c => new ReworkRequest(c.Text ?? string.Empty, c.ElementId)).ToList(), dto.Deadline, dto.Version, ct)));
        group.MapPost("/{processId:guid}/{memberId:guid}/review/approve", async (Guid id, Guid processId, Guid memberId, ApproveDto dto, ActorAccessor actors, ReviewService service, CancellationToken ct) =>
            ApiExtensions.RequireVersion(dto.Version)
            ?? Ok(await service.ApproveAsync(await actors.RequireAsync(ct), new WerkstattId(id), new ProcessId(processId), new MemberId(memberId), dto.Note, dto.Version, ct)));
        group.MapPost("/{processId:guid}/{memberId:guid}/review/excuse", async (Guid id, Guid processId, Guid memberId, ExcuseDto dto, ActorAccessor actors, ReviewService service, CancellationToken ct) =>
            ApiExtensions.RequireVersion(dto.Version)
            ?? Ok(await service.ExcuseAsync(await actors.RequireAsync(ct), new WerkstattId(id), new ProcessId(processId), new MemberId(memberId), dto.Reason, dto.Version, ct)));

        app.MapGet("/api/v1/werkstaetten/{id:guid}/comparison/{processId:guid}", async (Guid id, Guid processId, ActorAccessor actors, ComparisonService service, CancellationToken ct) =>
            ApiResults.From(await service.CompareAsync(await actors.RequireAsync(ct), new WerkstattId(id), new ProcessId(processId), ct), c => Results.Ok(ComparisonDto.From(c))))
            .RequireAuthorization().WithTags("Einreichungen");

        var conventions = app.MapGroup("/api/v1/networks/{networkId:guid}/conventions").RequireAuthorization().WithTags("Konventionen");
        conventions.MapGet("/", async (Guid networkId, ActorAccessor actors, ConventionSettingsService service, CancellationToken ct) =>
            ApiResults.From(await service.GetAsync(await actors.RequireAsync(ct), new NetworkId(networkId), ct), c => Results.Ok(ConventionsDto.From(c))));
        conventions.MapPut("/", async (Guid networkId, ConventionsInputDto dto, ActorAccessor actors, ConventionSettingsService service, CancellationToken ct) =>
            ApiExtensions.RequireVersion(dto.Version)
            ?? ApiResults.From(await service.SetAsync(await actors.RequireAsync(ct), new NetworkId(networkId), dto.Rules ?? [], dto.Version, ct), c => Results.Ok(ConventionsDto.From(c))));
    }

    /// <summary>POST …/versions?kind=AsIs&amp;version=3&amp;fileName=x.bpmn with the file as the body.</summary>
    private static async Task<IResult> UploadAsync(
        Guid id, Guid processId, Guid memberId, HttpRequest request, ActorAccessor actors, SubmissionService service, CancellationToken ct,
        ModelKind kind = ModelKind.AsIs, int? version = null, string? fileName = null)
    {
        if (ApiExtensions.RequireVersion(version) is { } missing)
        {
            return missing;
        }

        var type = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (type is not ("application/xml" or "text/xml" or "application/octet-stream"))
        {
            return ApiResults.Problem(Error.Validation("file", "Bitte die BPMN-Datei als Inhalt der Anfrage senden (Content-Type application/xml oder application/octet-stream)."));
        }

        var result = await service.UploadAsync(
            await actors.RequireAsync(ct), new WerkstattId(id), new ProcessId(processId), new MemberId(memberId), kind, fileName ?? "modell.bpmn", request.Body, version, ct);
        return Ok(result);
    }

    private static IResult Ok(Result<SubmissionView> result) => ApiResults.From(result, v => Results.Ok(SubmissionDto.From(v)));
}
