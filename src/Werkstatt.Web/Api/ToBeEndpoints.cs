using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.ToBe;
using Werkstatt.Service.Common;
using Werkstatt.Service.ToBe;
using Werkstatt.Web.Api.Dtos;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Api;

/// <summary>
/// The to-be (SOLL) model of a process: versions, their XML, saving, the live draft, the as-is starting points and
/// comments. Saving takes the XML as the raw body (application/xml), like the submission upload, so no cross-site form
/// can send it.
/// </summary>
public static class ToBeEndpoints
{
    public static void MapToBe(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/werkstaetten/{id:guid}/processes/{processId:guid}/soll").RequireAuthorization().WithTags("SOLL-Modell");
        group.MapGet("/", async (Guid id, Guid processId, ActorAccessor actors, ToBeService service, CancellationToken ct) =>
            ApiResults.From(await service.GetAsync(await actors.RequireAsync(ct), new WerkstattId(id), new ProcessId(processId), ct), v => Results.Ok(ToBeDto.From(v))));
        group.MapGet("/versions/{number:int}", async (Guid id, Guid processId, int number, ActorAccessor actors, ToBeService service, CancellationToken ct) =>
            ApiResults.From(
                await service.XmlAsync(await actors.RequireAsync(ct), new WerkstattId(id), new ProcessId(processId), number, ct),
                bytes => Results.File(bytes, "application/xml", $"soll-v{number}.bpmn")));
        group.MapPost("/versions", SaveAsync).Accepts<byte[]>("application/xml", "text/xml");
        group.MapGet("/draft", async (Guid id, Guid processId, ActorAccessor actors, ToBeLiveService service, CancellationToken ct) =>
            ApiResults.From(
                await service.DraftAsync(await actors.RequireAsync(ct), new WerkstattId(id), new ProcessId(processId), ct),
                d => d is null ? Results.NoContent() : Results.Ok(d)));
        group.MapGet("/asis/{memberId:guid}", async (Guid id, Guid processId, Guid memberId, ActorAccessor actors, ToBeAccess access, CancellationToken ct) =>
            ApiResults.From(
                await access.AsIsAsync(await actors.RequireAsync(ct), new WerkstattId(id), new ProcessId(processId), new MemberId(memberId), ct),
                bytes => Results.File(bytes, "application/xml", "ist.bpmn")));
        group.MapPost("/comments", async (Guid id, Guid processId, ToBeCommentDto dto, ActorAccessor actors, ToBeService service, CancellationToken ct) =>
            ApiResults.From(
                await service.CommentAsync(await actors.RequireAsync(ct), new WerkstattId(id), new ProcessId(processId), dto.ElementId, dto.Text, ct),
                c => Results.Ok(c)));
    }

    /// <summary>POST …/soll/versions?version=3&amp;basis=PreviousVersion&amp;basedOnVersion=2 with the BPMN XML as the body.</summary>
    private static async Task<IResult> SaveAsync(
        Guid id, Guid processId, HttpRequest request, ActorAccessor actors, ToBeService service, CancellationToken ct,
        int? version = null, ToBeBasis basis = ToBeBasis.Upload, Guid? basedOnMember = null, int? basedOnVersion = null)
    {
        if (ApiExtensions.RequireVersion(version) is { } missing)
        {
            return missing;
        }

        var type = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (type is not ("application/xml" or "text/xml"))
        {
            return ApiResults.Problem(Error.Validation("file", "Bitte das BPMN-XML als Inhalt der Anfrage senden (Content-Type application/xml)."));
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        var member = basedOnMember is { } m && m != Guid.Empty ? new MemberId(m) : (MemberId?)null;
        return ApiResults.From(
            await service.SaveAsync(await actors.RequireAsync(ct), new WerkstattId(id), new ProcessId(processId), buffer.ToArray(), basis, member, basedOnVersion, version, ct),
            s => Results.Ok(new { number = s.Saved.Number, findings = s.Findings, version = s.Version }));
    }
}
