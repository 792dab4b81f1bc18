using Werkstatt.Domain.Network;

namespace Werkstatt.Domain.WorkshopNotes;

/// <summary>An action item as the dossier and the library keep it: text, owner member (id and name), due date, status.</summary>
public sealed record RecordedActionItem(string Text, MemberId Owner, string OwnerName, DateOnly Due, ActionItemStatus Status);
