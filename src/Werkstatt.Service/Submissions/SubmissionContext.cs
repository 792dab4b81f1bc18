using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Review;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Submissions;

/// <summary>One assignment (process × member) of a Werkstatt with its submission, if one was started.</summary>
public sealed record SubmissionContext(WerkstattAggregate Werkstatt, Process Process, Member Member, bool Assigned, Submission? Submission);
