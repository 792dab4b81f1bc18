using Werkstatt.Service.Bpmn.Drawing;
using Werkstatt.Service.Dossiers.Content;

namespace Werkstatt.Service.Dossiers.Sources;

/// <summary>One member's submission for a process: profile and model drawing (null until uploaded) and its convention findings.</summary>
public sealed record MemberSubmission(ProcessProfile? Profile, Drawing? Drawing, IReadOnlyList<ConventionFinding> Findings);
