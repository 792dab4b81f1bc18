using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;

namespace Werkstatt.Domain.Review.Rules;

/// <summary>The profile is filled while modelling and finalised after the workshop; before the assignment and once published it does not change.</summary>
public sealed class ProfilesAreEditedFromModellingToFollowUpRule(Phase phase) : IBusinessRule
{
    public string Message => "Der Steckbrief kann von der Modellierung bis zur Nachbereitung bearbeitet werden.";

    public bool IsBroken() => phase is < Phase.Modelling or > Phase.FollowUp;
}
