using Werkstatt.Domain.Library;
using Werkstatt.Service.Library;

namespace Werkstatt.Web.Api.Dtos;

/// <summary>A library entry for the API: versions newest first with download links, and who re-uses it.</summary>
public sealed record LibraryEntryDto(
    Guid Id, string Name, string? LeikaKey, string? Topic, string Levels, DateOnly LatestOn, int Version, int ReuseCount,
    IReadOnlyList<LibraryVersionDto> Versions, IReadOnlyList<LibraryReuse> Reuses, string PackageUrl)
{
    public static LibraryEntryDto From(LibraryEntryView v)
    {
        ArgumentNullException.ThrowIfNull(v);
        var root = $"/api/v1/library/{v.Id}";
        return new LibraryEntryDto(
            v.Id, v.Name, v.LeikaKey, v.Topic, v.Levels, v.LatestOn, v.Version, v.ReuseCount,
            v.Versions.Select(x => new LibraryVersionDto(
                x.Number, x.Source.ToString(), x.WerkstattId?.Value, x.WerkstattTitle, x.HeldOn, x.DossierNumber, x.WorkshopNotes, x.QaSummary,
                x.Models.Select(m => new LibraryModelDto(m.MemberId, m.MemberName, m.Kind.ToString(), m.FileName, m.Sha256, m.Size, m.ElementCount, $"{root}/files/{m.Sha256}", m.ToBeVersion)).ToList(),
                x.Profiles.Select(p => new LibraryProfileDto(p.MemberId, p.MemberName, p.Fields, $"{root}/versions/{x.Number}/profile.pdf{(p.MemberId is { } id ? $"?memberId={id}" : string.Empty)}")).ToList()))
                .ToList(),
            v.Reuses, $"{root}/package");
    }
}

/// <summary>One version of an entry.</summary>
public sealed record LibraryVersionDto(
    int Number, string Source, Guid? WerkstattId, string? WerkstattTitle, DateOnly? HeldOn, int? DossierNumber, string? WorkshopNotes, string? QaSummary,
    IReadOnlyList<LibraryModelDto> Models, IReadOnlyList<LibraryProfileDto> Profiles);

/// <summary>One BPMN file of a version; <see cref="ToBeVersion"/> only for the to-be model drawn together in the Werkstatt.</summary>
public sealed record LibraryModelDto(Guid? MemberId, string MemberName, string Kind, string FileName, string Sha256, long Size, int ElementCount, string DownloadUrl, int? ToBeVersion);

/// <summary>One member's profile of a version.</summary>
public sealed record LibraryProfileDto(Guid? MemberId, string MemberName, IReadOnlyList<LibraryProfileField> Fields, string PdfUrl);
