using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.WorkshopNotes;
using Werkstatt.Service.MyTasks;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Persistence.Queries;

namespace Werkstatt.Service.WorkshopNotes;

/// <summary>
/// "Meine Aufgaben": each open action item is a task for the people of its owner member (process managers and experts
/// alike – whoever of the member does the work), due at the end of its due day; the coordination sees overdue items
/// per Werkstatt. Items of published Werkstätten count too: they outlive the Werkstatt.
/// </summary>
public sealed class ActionItemTaskSource(WerkstattDbContext db) : IMyTaskSource
{
    public const string Kind = "ActionItem";
    public const string OverdueKind = "ActionItemsOverdue";

    public async Task<IReadOnlyList<MyTask>> TasksAsync(MyTaskContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var member = context.Actor.NetworkId == context.NetworkId ? context.Actor.MemberId : null;
        if (member is null && !context.Coordinates)
        {
            return [];
        }

        var network = context.NetworkId;
        // All of the network's open items (a few dozen at most): a member's own are picked below.
        var open = await HotQueries.ListAsync(RequestQueries.OpenActionItems(db, network), cancellationToken);
        var tasks = new List<MyTask>();
        foreach (var x in open.Where(x => member is { } own && x.Item.Owner == own))
        {
            var text = x.Item.Text.Replace('\n', ' ');
            tasks.Add(new MyTask(
                $"Maßnahme umsetzen: {x.ProcessName}",
                text.Length <= 200 ? text : text[..199] + "…",
                x.Item.DueAt, RoomLink(x.Item), Kind, x.Item.WerkstattId, x.Title, MyTaskPriority.High));
        }

        if (context.Coordinates)
        {
            foreach (var late in open.Where(x => x.Item.IsOverdue(context.Now)).GroupBy(x => x.Item.WerkstattId))
            {
                var first = late.OrderBy(x => x.Item.Due).First();
                tasks.Add(new MyTask(
                    "Überfällige Maßnahmen klären",
                    $"{Plural.Of(late.Count(), "Maßnahme ist", "Maßnahmen sind")} über ihre Frist hinaus offen, zuerst „{first.ProcessName}“.",
                    first.Item.DueAt, RoomLink(first.Item), OverdueKind, late.Key, first.Title, MyTaskPriority.High));
            }
        }

        return tasks;
    }

    private static string RoomLink(ActionItem item) => $"/Werkstaetten/{item.WerkstattId.Value}/Raum/{item.ProcessId.Value}#massnahmen";
}
