using Werkstatt.Domain.Review;
using Werkstatt.Service.Submissions;

namespace Werkstatt.Web.Api.Dtos;

public sealed record SubmissionRowDto(Guid ProcessId, string ProcessName, Guid MemberId, string MemberName, ReviewState State, bool Visible, int? LatestVersion, DateTimeOffset? ReworkDeadline)
{
    public static SubmissionRowDto From(SubmissionRow row) => new(
        row.Process.Id.Value, row.Process.Name, row.Member.Id.Value, row.Member.Name, row.State, row.Visible,
        row.Visible ? row.Submission?.Latest(ModelKind.AsIs)?.Number : null, row.Visible ? row.Submission?.ReworkDeadline : null);
}

public sealed record SubmissionOverviewDto(Guid WerkstattId, bool AssignmentConfirmed, int Open, IReadOnlyList<SubmissionRowDto> Submissions)
{
    public static SubmissionOverviewDto From(SubmissionOverview o) =>
        new(o.Werkstatt.Id.Value, o.AssignmentConfirmed, o.Open, o.Rows.Select(SubmissionRowDto.From).ToList());
}

public sealed record ProfileDto(
    string? Name, string? LeikaKey, string? Trigger, string? Result, string? Roles, string? ItSystems, int? CaseVolumePerYear,
    string? ProcessingTime, string? MediaBreaks, DigitisationDegree? Digitisation, string? LegalBasis, string? Notes, int? Version)
{
    public static ProfileDto? From(ProcessProfile? p, int version) => p is null ? null : new(
        p.Name, p.LeikaKey, p.Trigger, p.Result, p.Roles, p.ItSystems, p.CaseVolumePerYear, p.ProcessingTime, p.MediaBreaks, p.Digitisation, p.LegalBasis, p.Notes, version);

    public ProfileInput ToInput() => new(Name, LeikaKey, Trigger, Result, Roles, ItSystems, CaseVolumePerYear, ProcessingTime, MediaBreaks, Digitisation, LegalBasis, Notes);
}

public sealed record ModelVersionDto(int Number, ModelKind Kind, string FileName, long Size, string Sha256, DateTimeOffset UploadedAt, string UploadedBy, int Elements, bool HasDiagram, int Problems)
{
    public static ModelVersionDto From(ModelVersion v) => new(v.Number, v.Kind, v.FileName, v.Size, v.Sha256, v.UploadedAt, v.UploadedBy, v.Elements, v.HasDiagram, v.Problems);
}

public sealed record ReviewStepDto(int Number, ReviewState From, ReviewState To, DateTimeOffset At, string By, string? Note, DateTimeOffset? Deadline, int? ModelVersion);

public sealed record CommentDto(int Step, int ModelVersion, string Text, string? ElementId, DateTimeOffset At, string By);

public sealed record FindingDto(FindingLevel Level, string Code, string Message, string? ElementId);

/// <summary>What changed between two model versions; a changed entry carries its former name and kind.</summary>
public sealed record DiffDto(int From, int To, IReadOnlyList<DiffEntryDto> Added, IReadOnlyList<DiffEntryDto> Removed, IReadOnlyList<DiffEntryDto> Changed)
{
    public static DiffDto Of(VersionDiff diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var changes = diff.Changes;
        return new(
            diff.From, diff.To,
            changes.Added.Select(e => new DiffEntryDto(e.Id, e.Kind, e.Name)).ToList(),
            changes.Removed.Select(e => new DiffEntryDto(e.Id, e.Kind, e.Name)).ToList(),
            changes.Changed.Select(c => new DiffEntryDto(c.After.Id, c.After.Kind, c.After.Name, c.Before.Name, c.Before.Kind)).ToList());
    }
}

public sealed record SubmissionDto(
    Guid WerkstattId, Guid ProcessId, string ProcessName, Guid MemberId, string MemberName, ReviewState State, DateTimeOffset? ReworkDeadline,
    SubmissionRights Rights, ProfileDto? Profile, IReadOnlyList<ModelVersionDto> Versions, IReadOnlyList<ReviewStepDto> History,
    IReadOnlyList<CommentDto> Comments, IReadOnlyList<FindingDto> Findings, DiffDto? Diff, int Version)
{
    public static SubmissionDto From(SubmissionView v)
    {
        var s = v.Submission;
        return new(
            v.Werkstatt.Id.Value, v.Process.Id.Value, v.Process.Name, v.Member.Id.Value, v.Member.Name, v.State, s?.ReworkDeadline, v.Rights,
            ProfileDto.From(s?.Profile, v.Version),
            s?.Versions.Select(ModelVersionDto.From).ToList() ?? [],
            s?.History.Select(h => new ReviewStepDto(h.Number, h.From, h.To, h.At, h.By, h.Note, h.Deadline, h.ModelVersion)).ToList() ?? [],
            s?.Comments.Select(c => new CommentDto(c.Step, c.ModelVersion, c.Text, c.ElementId, c.At, c.By)).ToList() ?? [],
            v.Findings.Select(f => new FindingDto(f.Level, f.Code, f.Message, f.ElementId)).ToList(),
            v.Diff is { } d ? DiffDto.Of(d) : null,
            v.Version);
    }
}

public sealed record ReworkDto(IReadOnlyList<ReworkCommentDto>? Comments, DateTimeOffset? Deadline, int? Version);

public sealed record ReworkCommentDto(string? Text, string? ElementId);

public sealed record ApproveDto(string? Note, int? Version);

public sealed record ExcuseDto(string? Reason, int? Version);

public sealed record ComparedLineDto(string Text, IReadOnlyList<bool> In);

public sealed record ComparedSideDto(Guid MemberId, string MemberName, ReviewState State, bool Visible, ProfileDto? Profile, int? ModelVersion);

public sealed record ComparisonDto(
    Guid ProcessId, string ProcessName, IReadOnlyList<ComparedSideDto> Sides, IReadOnlyList<ComparedLineDto> Steps,
    IReadOnlyList<ComparedLineDto> Roles, IReadOnlyList<ComparedLineDto> ItSystems, IReadOnlyList<ComparedLineDto> MediaBreaks)
{
    public static ComparisonDto From(ComparisonView c)
    {
        static List<ComparedLineDto> Lines(IReadOnlyList<ComparedLine> lines) => lines.Select(l => new ComparedLineDto(l.Text, l.In)).ToList();
        return new(
            c.Process.Id.Value, c.Process.Name,
            c.Sides.Select(s => new ComparedSideDto(s.Member.Id.Value, s.Member.Name, s.State, s.Visible, ProfileDto.From(s.Profile, 0), s.Model?.Version.Number)).ToList(),
            Lines(c.Steps), Lines(c.Roles), Lines(c.ItSystems), Lines(c.MediaBreaks));
    }
}

public sealed record ConventionsDto(Guid NetworkId, IReadOnlyList<ConventionRuleSetting> Rules, int Version)
{
    public static ConventionsDto From(NetworkConventions c) => new(c.NetworkId.Value, c.Rules, c.Version);
}

public sealed record ConventionsInputDto(IReadOnlyList<ConventionRuleSetting>? Rules, int? Version);
