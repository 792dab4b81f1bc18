using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;
using Werkstatt.Service.Registers;
using Werkstatt.Service.Registers.Exchange;
using Werkstatt.Web.Api.Dtos;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Api;

/// <summary>
/// Registers: read, build from the blueprint, export and import (the body is the file; its Content-Type says CSV or
/// Excel, so no HTML form can send it from another site), and the network's aggregates.
/// </summary>
public static class RegisterEndpoints
{
    public static void MapRegisters(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/members/{memberId:guid}/register").RequireAuthorization().WithTags("Register");
        group.MapGet("/", async (Guid memberId, ActorAccessor actors, RegisterService registers, CancellationToken ct) =>
            ApiResults.From(await registers.GetAsync(await actors.RequireAsync(ct), new MemberId(memberId), ct), v => Results.Ok(RegisterDto.From(v))));
        group.MapPost("/", async (Guid memberId, ActorAccessor actors, RegisterService registers, CancellationToken ct) =>
        {
            var actor = await actors.RequireAsync(ct);
            var created = await registers.CreateAsync(actor, new MemberId(memberId), ct);
            return created.IsSuccess
                ? ApiResults.From(await registers.GetAsync(actor, new MemberId(memberId), ct), v => Results.Created($"/api/v1/members/{memberId}/register", RegisterDto.From(v)))
                : ApiResults.Problem(created.Error);
        });
        group.MapGet("/export", async (Guid memberId, string? format, ActorAccessor actors, RegisterExchangeService exchange, CancellationToken ct) =>
        {
            if (Format(format) is not { } f)
            {
                return ApiResults.Problem(Error.Validation("format", "Bitte „csv“ oder „xlsx“ als Format angeben."));
            }

            return ApiResults.From(await exchange.ExportAsync(await actors.RequireAsync(ct), new MemberId(memberId), f, ct), file => Results.File(file.Content, file.ContentType, file.FileName));
        });
        group.MapPost("/import", async (Guid memberId, int? version, HttpRequest request, ActorAccessor actors, RegisterService registers, RegisterExchangeService exchange, CancellationToken ct) =>
        {
            var actor = await actors.RequireAsync(ct);
            if (await registers.RefusalAsync(actor, new MemberId(memberId), ct) is { } refused)
            {
                return ApiResults.Problem(refused);
            }

            var format = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant() switch
            {
                "text/csv" => RegisterFileFormat.Csv,
                XlsxFormat.ContentType => RegisterFileFormat.Xlsx,
                _ => (RegisterFileFormat?)null,
            };
            if (format is null)
            {
                return ApiResults.Problem(Error.Validation("file", $"Bitte die Datei als text/csv oder {XlsxFormat.ContentType} senden."));
            }

            if (ApiExtensions.RequireVersion(version) is { } missing)
            {
                return missing;
            }

            var content = await ReadAsync(request, ct);
            return content is null
                ? ApiResults.Problem(Error.Validation("file", $"Die Datei ist größer als {RegisterExchangeService.MaxFileBytes / 1024 / 1024} MB."))
                : ApiResults.From(await exchange.ImportAsync(actor, new MemberId(memberId), content, format.Value, version, ct), n => Results.Ok(new { imported = n }));
        });

        app.MapGroup("/api/v1/networks/{networkId:guid}/registers").RequireAuthorization().WithTags("Register")
            .MapGet("/", async (Guid networkId, ActorAccessor actors, NetworkRegisterService network, CancellationToken ct) =>
                ApiResults.From(await network.GetAsync(await actors.RequireAsync(ct), new NetworkId(networkId), ct), v => Results.Ok(NetworkRegistersDto.From(v))));
    }

    private static RegisterFileFormat? Format(string? format) => format?.ToLowerInvariant() switch
    {
        "csv" => RegisterFileFormat.Csv,
        "xlsx" => RegisterFileFormat.Xlsx,
        _ => null,
    };

    private static async Task<byte[]?> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > RegisterExchangeService.MaxFileBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
