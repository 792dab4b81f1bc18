using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Service.Progress;

namespace Werkstatt.Service.Submissions.Tasks;

/// <summary>The submission pages tasks and blockers point to.</summary>
public static class SubmissionLinks
{
    public static string Overview(WerkstattId id) => $"{WerkstattLinks.Details(id)}/Einreichungen";

    public static string Submission(WerkstattId id, ProcessId process, MemberId member) => $"{Overview(id)}/{process.Value}/{member.Value}";
}
