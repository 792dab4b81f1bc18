using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.WorkshopNotes.Rules;

/// <summary>An action item comes out of the workshop, so it cannot be due before the first workshop day (Berlin date).</summary>
public sealed class ActionItemsAreNotDueBeforeTheWorkshopRule(DateOnly due, DateOnly firstWorkshopDay) : IBusinessRule
{
    public string Message => $"Die Frist darf nicht vor dem ersten Werkstatttag ({BerlinTime.FormatDate(firstWorkshopDay)}) liegen.";

    public bool IsBroken() => due < firstWorkshopDay;
}
