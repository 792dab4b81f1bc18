using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Service.Processes;
using Werkstatt.Service.Staffing;
using Werkstatt.Service.Voting;

namespace Werkstatt.Service.Hosting;

/// <summary>Registers topics, voting, processes and the assignment (one line in <c>AddWerkstattService</c>).</summary>
public static class VotingRegistration
{
    public static IServiceCollection AddVotingAndAssignment(this IServiceCollection services)
    {
        services.AddScoped<WerkstattScope>();
        services.AddScoped<TopicService>();
        services.AddScoped<VotingService>();
        services.AddScoped<ProcessService>();
        services.AddScoped<OfferService>();
        services.AddScoped<AssignmentService>();
        services.AddScoped<LoadHistoryReader>();
        services.AddScoped<CycleFactsReader>();
        return services;
    }
}
