using Werkstatt.Domain.Review;

namespace Werkstatt.Service.Submissions;

/// <summary>The profile as a form or request sends it; field names match <see cref="ProcessProfile"/>, so errors land at the right input.</summary>
public sealed record ProfileInput(
    string? Name, string? LeikaKey, string? Trigger, string? Result, string? Roles, string? ItSystems, int? CaseVolumePerYear,
    string? ProcessingTime, string? MediaBreaks, DigitisationDegree? Digitisation, string? LegalBasis, string? Notes)
{
    public ProcessProfile ToProfile() => ProcessProfile.Create(
        Name, LeikaKey, Trigger, Result, Roles, ItSystems, CaseVolumePerYear, ProcessingTime, MediaBreaks, Digitisation, LegalBasis, Notes);

    public static ProfileInput From(ProcessProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new(
            profile.Name, profile.LeikaKey, profile.Trigger, profile.Result, profile.Roles, profile.ItSystems, profile.CaseVolumePerYear,
            profile.ProcessingTime, profile.MediaBreaks, profile.Digitisation, profile.LegalBasis, profile.Notes);
    }
}
