using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.WorkshopNotes.Rules;

/// <summary>Every action item belongs to one member of the network, whose people get it as a task.</summary>
public sealed class ActionItemOwnerIsAMemberOfTheNetworkRule(bool ownerInNetwork) : IBusinessRule
{
    public string Message => "Bitte eine Verwaltung des Netzwerks als Verantwortliche wählen.";

    public bool IsBroken() => !ownerInNetwork;
}
