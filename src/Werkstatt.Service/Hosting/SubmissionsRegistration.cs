using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Service.MyTasks;
using Werkstatt.Service.Progress;
using Werkstatt.Service.Submissions;
using Werkstatt.Service.Submissions.Tasks;

namespace Werkstatt.Service.Hosting;

/// <summary>Registers submissions, profiles, the quality review and the network's conventions (one line in <c>AddWerkstattService</c>).</summary>
public static class SubmissionsRegistration
{
    public static IServiceCollection AddSubmissions(this IServiceCollection services)
    {
        services.AddScoped<SubmissionLoader>();
        services.AddScoped<SubmissionService>();
        services.AddScoped<ReviewService>();
        services.AddScoped<SubmissionOverviewService>();
        services.AddScoped<ComparisonService>();
        services.AddScoped<ConventionSettingsService>();
        services.AddScoped<IMyTaskSource, SubmissionTaskSource>();
        services.AddScoped<IPhaseBlockerSource, SubmissionPhaseBlockerSource>();
        return services;
    }
}
