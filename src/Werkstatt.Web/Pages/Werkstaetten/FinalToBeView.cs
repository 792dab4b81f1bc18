using Werkstatt.Domain.Cycle;
using Werkstatt.Service.ToBe;

namespace Werkstatt.Web.Pages.Werkstaetten;

/// <summary>What <c>_FinalToBe</c> shows: the latest saved to-be version of a process (null when none was saved).</summary>
public sealed record FinalToBeView(Guid WerkstattId, Guid ProcessId, ParsedToBe? Latest)
{
    /// <summary>The follow-up shows the to-be model beside the as-is models; before, the SOLL page is the place for it.</summary>
    public static bool ShownIn(Phase phase) => phase is Phase.FollowUp or Phase.Published;
}
