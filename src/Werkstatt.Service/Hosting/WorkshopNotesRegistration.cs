using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Cycle.Events;
using Werkstatt.Service.Events;
using Werkstatt.Service.MyTasks;
using Werkstatt.Service.WorkshopNotes;

namespace Werkstatt.Service.Hosting;

/// <summary>Registers the workshop room's notes and action items, their tasks and the summary mail — one line in <c>AddWerkstattService</c>.</summary>
public static class WorkshopNotesRegistration
{
    public static IServiceCollection AddWorkshopNotes(this IServiceCollection services)
    {
        services.AddScoped<NotesAccess>();
        services.AddScoped<WorkshopNotesService>();
        services.AddScoped<ActionItemService>();
        services.AddScoped<WorkshopRoomService>();
        services.AddScoped<ActionItemsDue>();
        services.AddScoped<WorkshopSummaryMail>();
        services.AddScoped<IMyTaskSource, ActionItemTaskSource>();
        services.AddScoped<WorkshopSummaryHandler>();
        services.AddScoped<IHandles<WerkstattPhaseChanged>>(sp => sp.GetRequiredService<WorkshopSummaryHandler>());
        return services;
    }
}
