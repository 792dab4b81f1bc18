using Werkstatt.Service.Bpmn.Drawing;

namespace Werkstatt.Service.Dossiers.Content;

/// <summary>A member modelling a process, with what it submitted (null or empty until submissions exist).</summary>
public sealed record ModellingMember(Guid MemberId, string MemberName, ProcessProfile? Profile, Drawing? Drawing, IReadOnlyList<ConventionFinding> Findings);
