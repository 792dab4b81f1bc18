using Werkstatt.Domain.ToBe;
using Werkstatt.Service.Submissions;
using Werkstatt.Service.ToBe;

namespace Werkstatt.Web.Api.Dtos;

/// <summary>The to-be model of a process as the API shows it.</summary>
public sealed record ToBeDto(
    Guid WerkstattId, Guid ProcessId, string ProcessName, bool CanEdit, bool CanComment, int Version, long DraftRevision,
    IReadOnlyList<ToBeVersionDto> Versions, IReadOnlyList<ToBeComment> Comments, IReadOnlyList<SubmissionFinding> Findings, IReadOnlyList<ToBeSourceDto> Sources)
{
    public static ToBeDto From(ToBeView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new ToBeDto(
            view.Werkstatt.Id.Value, view.Process.Id.Value, view.Process.Name, view.Rights.Edit, view.Rights.Comment, view.Version, view.DraftRevision,
            view.Model.Versions.Select(ToBeVersionDto.From).ToList(), view.Model.Comments, view.Latest?.Findings ?? [], view.Sources.Select(s => new ToBeSourceDto(s.MemberId.Value, s.MemberName, s.Number)).ToList());
    }
}
