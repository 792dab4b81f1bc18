using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Service.MyTasks;
using Werkstatt.Service.MyTasks.Sources;
using Werkstatt.Service.Overview;
using Werkstatt.Service.Progress;
using Werkstatt.Service.Progress.Blockers;

namespace Werkstatt.Service.Hosting;

/// <summary>
/// Registers "Meine Aufgaben", the Werkstatt timeline with its phase blockers and the network overview (one line in
/// <c>AddWerkstattService</c>). Features add their own <see cref="IMyTaskSource"/> and <see cref="IPhaseBlockerSource"/>
/// in their own registration.
/// </summary>
public static class MyTasksRegistration
{
    public static IServiceCollection AddMyTasksAndProgress(this IServiceCollection services)
    {
        services.AddScoped<CycleProgressReader>();
        services.AddScoped<PhaseBlockers>();
        services.AddScoped<TimelineService>();
        services.AddScoped<IPhaseBlockerSource, VotingBlockers>();
        services.AddScoped<IPhaseBlockerSource, ProcessSelectionBlockers>();
        services.AddScoped<IPhaseBlockerSource, AssignmentBlockers>();

        services.AddOptions<SavingsOptions>().BindConfiguration(SavingsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ILibraryStatistics, LibraryEntryStatistics>();
        services.AddScoped<NetworkOverviewService>();

        services.AddScoped<MyTasksService>();
        services.AddScoped<IMyTaskSource, VotingTaskSource>();
        services.AddScoped<IMyTaskSource, ProcessSelectionTaskSource>();
        services.AddScoped<IMyTaskSource, AssignmentTaskSource>();
        services.AddScoped<IMyTaskSource, PhaseMoveTaskSource>();
        services.AddScoped<IMyTaskSource, OutboxTaskSource>();
        return services;
    }
}
