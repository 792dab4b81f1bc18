using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Cycle.Events;
using Werkstatt.Service.Events;
using Werkstatt.Service.Invitations;
using Werkstatt.Service.Participants;

namespace Werkstatt.Service.Hosting;

/// <summary>Registers participants, invitations (iCalendar by e-mail) and calendar feeds (one line in <c>AddWerkstattService</c>).</summary>
public static class InvitationsRegistration
{
    public static IServiceCollection AddInvitations(this IServiceCollection services)
    {
        services.AddScoped<ParticipantService>();
        services.AddScoped<InvitationComposer>();
        services.AddScoped<InvitationSync>();
        services.AddScoped<InvitationService>();
        services.AddScoped<InvitationExport>();
        services.AddScoped<Werkstatt.Service.Calendar.Feed.CalendarFeedService>();
        services.AddScoped<InvitationHandler>();
        services.AddScoped<IHandles<WerkstattRescheduled>>(sp => sp.GetRequiredService<InvitationHandler>());
        services.AddScoped<IHandles<WerkstattVenueChanged>>(sp => sp.GetRequiredService<InvitationHandler>());
        services.AddScoped<IHandles<WerkstattCancelled>>(sp => sp.GetRequiredService<InvitationHandler>());
        return services;
    }
}
