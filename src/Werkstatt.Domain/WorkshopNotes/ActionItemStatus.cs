namespace Werkstatt.Domain.WorkshopNotes;

/// <summary>An action item is open until its owner member (or the coordination) marks it done.</summary>
public enum ActionItemStatus
{
    Open,
    Done,
}
