using Werkstatt.Domain.WorkshopNotes;

namespace Werkstatt.Domain.Library;

/// <summary>An action item kept with a library version: text, owner member (id and name at the time), due date, status at publishing.</summary>
public sealed record LibraryActionItem(string Text, Guid OwnerId, string OwnerName, DateOnly Due, ActionItemStatus Status)
{
    public static LibraryActionItem From(RecordedActionItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new LibraryActionItem(item.Text, item.Owner.Value, item.OwnerName, item.Due, item.Status);
    }
}
