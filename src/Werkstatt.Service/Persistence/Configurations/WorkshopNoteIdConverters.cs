using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Werkstatt.Domain.WorkshopNotes;

namespace Werkstatt.Service.Persistence.Configurations;

/// <summary>Converters for the ids of workshop notes and action items.</summary>
internal static class WorkshopNoteIdConverters
{
    public static readonly ValueConverter<WorkshopNoteId, Guid> Note = new(id => id.Value, value => new WorkshopNoteId(value));
    public static readonly ValueConverter<ActionItemId, Guid> ActionItem = new(id => id.Value, value => new ActionItemId(value));
}
