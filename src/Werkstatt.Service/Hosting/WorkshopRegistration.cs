using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Workshop.Events;
using Werkstatt.Service.Events;
using Werkstatt.Service.Invitations;
using Werkstatt.Service.Workshop;

namespace Werkstatt.Service.Hosting;

/// <summary>Registers the workshop days (agenda, attendance) — one line in <c>AddWerkstattService</c>.</summary>
public static class WorkshopRegistration
{
    public static IServiceCollection AddWorkshopDays(this IServiceCollection services)
    {
        services.AddScoped<WorkshopService>();
        services.AddScoped<AgendaReader>();
        services.AddScoped<AttendanceService>();
        services.AddScoped<IHandles<AgendaTimesChanged>>(sp => sp.GetRequiredService<InvitationHandler>());
        services.AddScoped<IHandles<RoomCapacityChanged>>(sp => sp.GetRequiredService<InvitationHandler>());
        return services;
    }
}
